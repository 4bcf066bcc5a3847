// The bare page the benchmark compares against (npm run bench): static, no client components, no
// data. What it costs — requests per second, JavaScript shipped — is what any page of this app
// costs at the least, so the other pages' figures are read as ratios to it.
export const dynamic = "force-static";

export default function BenchBaselinePage() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-semibold">Kintsugi</h1>
      <p className="mt-2">A static page with no data and no client components, used as the benchmark&apos;s baseline.</p>
    </main>
  );
}
