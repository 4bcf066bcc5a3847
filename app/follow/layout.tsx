// The pages behind the links in follower email: no sign-in, no app chrome, no client code.
export default function FollowLinkLayout({ children }: { children: React.ReactNode }) {
  return (
    <div data-theme="system" className="flex min-h-screen items-start justify-center bg-bg px-4 py-8 text-fg sm:py-12">
      <main id="main" className="w-full max-w-xl">{children}</main>
    </div>
  );
}
