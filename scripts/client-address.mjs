// Which address a request came from, decided once by the production server (scripts/server.mjs)
// and handed to the app as the only X-Forwarded-For hop, so rate limits per address cannot be
// dodged by sending a made-up header. `trustedHops` is how many reverse proxies in front of the
// app append to X-Forwarded-For (TRUSTED_PROXY_HOPS): the client is the address the outermost of
// them saw. With none, the socket's peer is the client and any X-Forwarded-For is ignored.
export function clientAddress(forwardedFor, socketAddress, trustedHops) {
  const chain = [
    ...String(forwardedFor ?? "")
      .split(",")
      .map((hop) => hop.trim())
      .filter(Boolean),
    socketAddress || "unknown",
  ];
  return chain[Math.max(0, chain.length - 1 - trustedHops)].slice(0, 100);
}

export function trustedHopsFrom(value) {
  if (value === undefined || value === "") return 0;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, not "${value}".`);
  return hops;
}
