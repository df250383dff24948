// The platform, as far as the README recipes need it: every request gets the platform's 429 body
// with a Retry-After and a request id. On 127.0.0.1, on a free port.
import { createServer, type Server } from "node:http";

export async function startPlatformServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      response.writeHead(429, {
        "content-type": "application/json",
        "retry-after": "1",
        "x-request-id": "req-rehearsal",
      });
      response.end(JSON.stringify({ code: 429, reason: "RATE_LIMIT_EXCEEDED", message: "slow down", metadata: {} }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || address === null) throw new Error("the platform server has no port");
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
