// The production server: Next's request handler in a plain Node HTTP server, so that SIGTERM is
// graceful — stop accepting, let requests in flight finish, then close the database.
import { createServer } from "node:http";
import next from "next";
import { clientAddress, trustedHopsFrom } from "./client-address.mjs";

const port = Number(process.env.PORT ?? 3000);
let trustedHops;
try {
  trustedHops = trustedHopsFrom(process.env.TRUSTED_PROXY_HOPS);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const app = next({ dev: false, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers["x-forwarded-for"] = clientAddress(req.headers["x-forwarded-for"], req.socket.remoteAddress, trustedHops);
  delete req.headers["x-real-ip"];
  return handle(req, res);
});
server.keepAliveTimeout = 5_000;
server.listen(port, () => console.log(`Kintsugi is ready on http://localhost:${port}`));

let closing = false;
async function shutdown(signal) {
  if (closing) return;
  closing = true;
  console.log(`${signal}: finishing the requests in flight, then closing the database`);
  // Give up after 25 s: a stuck request must not keep a deploy waiting for ever.
  setTimeout(() => process.exit(1), 25_000).unref();
  server.close(async () => {
    try {
      await globalThis.kintsugiShutdown?.();
      await app.close?.();
    } finally {
      process.exit(0);
    }
  });
  server.closeIdleConnections();
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
