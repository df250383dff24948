// Every domain package through both entry points, as consumers load them.
import { createRequire } from "node:module";
import * as billing from "@novita/errors-billing";
import * as gpu from "@novita/errors-gpu";
import * as llm from "@novita/errors-llm";
import * as media from "@novita/errors-media";

const require = createRequire(import.meta.url);

export const esm = { media, llm, gpu, billing } as const;
export const cjs = {
  media: require("@novita/errors-media") as typeof media,
  llm: require("@novita/errors-llm") as typeof llm,
  gpu: require("@novita/errors-gpu") as typeof gpu,
  billing: require("@novita/errors-billing") as typeof billing,
} as const;

export type Domain = keyof typeof esm;
export const DOMAINS = ["media", "llm", "gpu", "billing"] as const satisfies readonly Domain[];

/** The exports every domain package has, under their domain-specific names. */
export function domainApi(module: Record<string, unknown>, domain: Domain) {
  const pascal = domain.charAt(0).toUpperCase() + domain.slice(1);
  return {
    Base: module[`${pascal}Error`] as new (options?: object) => Error & Record<string, unknown>,
    catalog: module[`${domain}ErrorCatalog`] as Record<string, Record<string, unknown>>,
    is: module[`is${pascal}Error`] as (value: unknown, code?: string) => boolean,
    parse: module[`parse${pascal}Error`] as (input: unknown) => Error & Record<string, unknown>,
    fromResponse: module[`${domain}ErrorFromResponse`] as (
      response: Response,
    ) => Promise<Error & Record<string, unknown>>,
    classNamed: (name: string) =>
      module[name] as (new (options?: object) => Error & Record<string, unknown>) | undefined,
  };
}
