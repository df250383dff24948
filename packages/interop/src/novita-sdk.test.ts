// The official novita-sdk (media): its thrown object is not an Error.
import { mediaErrorFromThrown } from "@novita/errors-media";
import { NovitaSDK } from "novita-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codesOf, expectDocumented, expectNoAnswer } from "./expect-typed.js";
import { type PlatformServer, startPlatformServer, thrownBy } from "./platform-server.js";

let server: PlatformServer;
beforeAll(async () => {
  server = await startPlatformServer();
});
afterAll(() => server.close());

function sdk(scenario: string): NovitaSDK {
  const client = new NovitaSDK("sk-test");
  client.setBaseUrl(scenario === "closed" ? server.closedUrl : `${server.url}/${scenario}`);
  return client;
}

const request = { request: { model_name: "m", prompt: "a cat", width: 512, height: 512, image_num: 1 } };

describe("novita-sdk", () => {
  it.each(codesOf("media"))("should give the class of %s", async (code) => {
    const thrown = await thrownBy(() => sdk(`code~media~${code}`).txt2Img(request as never));
    expect(thrown).not.toBeInstanceOf(Error);
    expect((thrown as { code: unknown }).code).toBe((thrown as { code: number }).code);
    expectDocumented(mediaErrorFromThrown(thrown), "media", code, thrown);
  });

  it("should keep an undocumented code verbatim, and classify HTML by status", async () => {
    const undocumented = mediaErrorFromThrown(await thrownBy(() => sdk("undocumented").txt2Img(request as never)));
    expect([undocumented?.name, undocumented?.code, undocumented?.status]).toEqual([
      "MediaError",
      "SOMETHING_NEW",
      409,
    ]);
    const html = mediaErrorFromThrown(await thrownBy(() => sdk("html").txt2Img(request as never)));
    expect([html?.code, html?.status, html?.category]).toEqual(["HTTP_502", 502, "unavailable"]);
  });

  it("should give CONNECTION_ERROR for a closed port and ABORTED for a cancel", async () => {
    const closed = await thrownBy(() => sdk("closed").txt2Img(request as never));
    expect((closed as { code: number }).code).toBe(-10);
    expectNoAnswer(mediaErrorFromThrown(closed), "CONNECTION_ERROR", closed);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const cancelled = await thrownBy(() => sdk("slow").txt2Img(request as never, { signal: controller.signal }));
    expect((cancelled as { code: number }).code).toBe(-11);
    expectNoAnswer(mediaErrorFromThrown(cancelled), "ABORTED", cancelled);
  });

  it("should give undefined for the SDK's refusal without a key: no call was made", async () => {
    const client = new NovitaSDK("");
    client.setBaseUrl(server.url);
    const thrown = await thrownBy(() => client.txt2Img(request as never));
    expect((thrown as { code: number }).code).toBe(-1);
    expect(mediaErrorFromThrown(thrown)).toBeUndefined();
  });
});
