// A local server on 127.0.0.1 that answers like the platform: every documented
// code of every domain in the platform's wire format, plus what real gateways
// send in front of it. Uses errors-core's writer, as a mock server would.
import { createServer } from "node:http";
import { toWireResponse } from "@novita/errors-core";

/** Routes answered in a way the platform itself would not: gateways, old and new shapes. */
export const gatewayAnswers = {
  "/llm/gateway-html-502": {
    status: 502,
    headers: { "content-type": "text/html" },
    body: "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>",
  },
  "/gpu/gateway-empty-503": { status: 503, headers: {}, body: "" },
  "/media/truncated-json-500": {
    status: 500,
    headers: { "content-type": "application/json" },
    body: '{"code":500,"reason":"CREATE_TASK_FAI',
  },
  "/llm/openai-shaped-429": {
    status: 429,
    headers: { "content-type": "application/json", "retry-after-ms": "1500" },
    body: JSON.stringify({
      error: { message: "Too many requests", type: "rate_limit_error", code: "RATE_LIMIT_EXCEEDED", param: null },
    }),
  },
  "/billing/future-code-400": {
    status: 400,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      code: 400,
      reason: "BILL_EXPORT_DISABLED",
      message: "a code this client does not know yet",
    }),
  },
  "/media/retry-after-429": {
    status: 429,
    headers: { "content-type": "application/json", "retry-after": "7", "x-request-id": "req-demo-7" },
    body: JSON.stringify({ code: 429, reason: "RATE_LIMIT_EXCEEDED", message: "Rate limit exceeded", metadata: {} }),
  },
  "/gpu/grpc-transcoded-400": {
    status: 400,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      error: {
        code: 400,
        message: "instance quota reached",
        status: "FAILED_PRECONDITION",
        details: [
          {
            "@type": "type.googleapis.com/google.rpc.ErrorInfo",
            reason: "CREATE_INSTANCE_LIMIT",
            metadata: { limit: "8" },
          },
        ],
      },
    }),
  },
  "/llm/plain-text-500": {
    status: 500,
    headers: { "content-type": "text/plain" },
    body: "upstream connect error or disconnect/reset before headers",
  },
};

/**
 * Starts the server on an ephemeral port.
 * @param {Record<string, Record<string, new (options?: import("@novita/errors-core").NovitaErrorOptions) => import("@novita/errors-core").NovitaError>>} classesByDomain
 */
export async function startPlatformServer(classesByDomain) {
  const server = createServer((request, response) => {
    const path = request.url ?? "/";
    const gateway = gatewayAnswers[/** @type {keyof typeof gatewayAnswers} */ (path)];
    if (gateway !== undefined) {
      response.writeHead(gateway.status, gateway.headers).end(gateway.body);
      return;
    }
    const [, domain, code] = path.split("/");
    const Class = classesByDomain[domain ?? ""]?.[code ?? ""];
    if (Class === undefined) {
      response.writeHead(404, { "content-type": "text/plain" }).end("no such route");
      return;
    }
    const wire = toWireResponse(new Class({ requestId: `req-${domain}-${code}`.toLowerCase() }));
    response.writeHead(wire.status, wire.headers).end(wire.body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        // Clients keep connections alive: end them, so that the demo exits at once.
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
