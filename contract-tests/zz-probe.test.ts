import { it } from "vitest";
import { credentialsByKey, send, signedExample } from "../src/contract/requests.js";
import { loadApi } from "../src/core/facts-files.js";
import { startSandbox } from "../src/sandbox/server.js";
import { discoverDefinitions } from "../src/sandbox/vendors.js";
import { contract } from "../src/vendors/quectel/contract.js";

it("probe", async () => {
  const sb = await startSandbox({ vendors: ["quectel"], portBase: 0, env: {}, log: () => {} });
  const url = sb.sandboxes[0]!.url;
  const vendor = (await discoverDefinitions()).find((v) => v.name === "quectel")!;
  const api = loadApi("quectel-saas");
  const values = Object.fromEntries(Object.values(vendor.credentials).map((c) => [c.variable, c.default]));
  const tokens = await contract.session!({ baseUrl: url, values }, "quectel-saas");
  for (const id of (process.env.OPS ?? "").split(",")) {
    const op = api.byId.get(id)!;
    const parts = signedExample(vendor, api, op, url, credentialsByKey(vendor, values), tokens);
    console.log(
      id,
      parts.url.search,
      parts.body,
      JSON.stringify(await (await send(parts)).json()).slice(0, 400),
    );
  }
  await sb.close();
});
