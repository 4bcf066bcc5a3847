// What the figures were measured on. The load average is recorded at the start and the end: on a
// shared machine, other work running at the same time moves every figure.
import os from "node:os";

export function machine() {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.cpus().length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverageAtStart: os.loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

export const loadAverage = () => os.loadavg().map((n) => Math.round(n * 100) / 100);
