import "server-only";
// Every lib/stories module that defines actions, loaded by lib/actions/registry.ts.
import "@/lib/stories/embedding";
import "@/lib/stories/link-mutations";
import "@/lib/stories/mutations";
import "@/lib/stories/public-mutations";
