// The part of autocannon's programmatic API the bench uses (the package ships no types).
declare module "autocannon" {
  namespace autocannon {
    type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string; setupRequest?: (req: Request) => Request; onResponse?: (status: number, body: string) => void };
    type Histogram = { average: number; mean: number; p50: number; p90: number; p99: number; max: number; total: number };
    type Options = { url: string; connections?: number; duration?: number; timeout?: number; requests?: Request[] };
    type Result = {
      requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number;
      "2xx": number; "5xx": number; statusCodeStats: Record<string, { count: number }>;
    };
  }
  function autocannon(opts: autocannon.Options): Promise<autocannon.Result>;
  export default autocannon;
}
