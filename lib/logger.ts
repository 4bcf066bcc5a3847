import "server-only";
import pino from "pino";
import { env } from "@/lib/env";

// Structured logs to stdout. Unexpected errors are logged here with their stack; users never see it.
export const logger = pino({
  level: env.NODE_ENV === "test" ? "silent" : env.LOG_LEVEL,
  base: { app: "kintsugi" },
  redact: ["password", "*.password", "token", "*.token", "passwordHash", "*.passwordHash"],
});
