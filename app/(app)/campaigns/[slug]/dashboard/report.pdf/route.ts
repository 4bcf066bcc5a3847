import { currentMember } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { boardReportPdf } from "@/lib/dashboard/report-pdf";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

// The board report as a PDF: session, permission and organization are checked in boardReportPdf.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const member = await currentMember();
  if (!member) return text("Please sign in.", 401);
  const { slug } = await params;
  try {
    const { fileName, pdf } = await boardReportPdf(member, slug);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${fileName}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return text(error.message, error.status);
    logger.error({ err: error }, "board report PDF failed");
    return text("The report could not be made. Please try again.", 500);
  }
}
