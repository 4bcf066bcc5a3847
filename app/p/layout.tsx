// Public pages: no sign-in, no app shell, no client code (the campaign page is served without any
// script: app/p/[org]/[campaign]/route.ts).
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <div data-theme="system" className="min-h-screen bg-bg text-fg">
      {children}
      <footer className="mx-auto max-w-3xl px-4 py-8 text-xs text-muted no-print">
        A transparency page made with Kintsugi. Only what the company has published appears here.
      </footer>
    </div>
  );
}
