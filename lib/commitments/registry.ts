import "server-only";
// The mutation modules of steps 3 and 4 (learn, keep promises, evidence, close the loop), loaded
// together by lib/actions/registry.ts.
import "@/lib/learn/mutations";
import "@/lib/commitments/mutations";
import "@/lib/commitments/loop-mutations";
import "@/lib/evidence/mutations";
