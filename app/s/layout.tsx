// The customer-facing story pages: no sign-in, no app chrome.
export default function StoryRequestLayout({ children }: { children: React.ReactNode }) {
  return (
    <div data-theme="system" className="flex min-h-screen items-start justify-center bg-bg px-4 py-8 text-fg sm:py-12">
      <main id="main" className="w-full max-w-xl">{children}</main>
    </div>
  );
}
