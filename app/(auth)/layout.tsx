export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div data-theme="system" className="flex min-h-screen items-start justify-center bg-bg px-4 py-10 text-fg sm:items-center">
      <main id="main" className="w-full max-w-md">
        <p className="mb-6 flex items-center gap-2 text-xl font-semibold">
          <span aria-hidden="true" className="inline-block h-3 w-6 rounded-full bg-gold" />
          Kintsugi
        </p>
        {children}
      </main>
    </div>
  );
}
