import { z } from "zod";

// The environment, validated once. Nothing else reads process.env.
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .default("file:./data/kintsugi.db")
    .refine((v) => v.startsWith("file:") || /^postgres(ql)?:\/\//i.test(v), {
      message: "DATABASE_URL must be file:<path> (SQLite) or postgres://… (PostgreSQL)",
    }),
  // Signs session tokens. Required in production; a fixed development value elsewhere.
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Where this server reaches itself: the public campaign page reads its own React render from
  // here (lib/public/rendered-page.ts). Default http://127.0.0.1:PORT; set it only when this same
  // process listens elsewhere. Never a load balancer: another instance's render (another build's
  // stylesheets, a page not yet revalidated there) would be kept as this one's.
  INTERNAL_ORIGIN: z.string().url().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // Where uploaded evidence files are kept.
  STORAGE_DIR: z.string().default("./data/files"),
  // Optional SMTP server for email following of public pages; without it the page offers the feed.
  SMTP_URL: z.string().optional(),
  SMTP_FROM: z.string().default("Kintsugi <no-reply@localhost>"),
  // How often the app itself looks for follower mail that is due, in case a send after a change
  // was missed (a restart mid-drain, a lost kick); 0 turns the sweep off (a scheduler runs
  // `npm run mail:send` instead).
  FOLLOWER_MAIL_SWEEP_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
});

export type Env = z.infer<typeof EnvSchema>;

function load(): Env {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${lines}`);
  }
  return parsed.data;
}

export const env = load();

export const databaseProvider: "sqlite" | "postgresql" = env.DATABASE_URL.startsWith("file:")
  ? "sqlite"
  : "postgresql";

const DEV_SECRET = "kintsugi-development-secret-not-for-production-use";

export function authSecret(): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  // `npm start` writes one to data/auth-secret on first run, so this only fires on a hand-rolled start.
  if (env.NODE_ENV === "production") {
    throw new Error("NEXTAUTH_SECRET must be set (32+ characters) in production");
  }
  return DEV_SECRET;
}
