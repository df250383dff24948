import { defineCatalog, defineCatalogEntry } from "@novita/errors-core";

// The one source of truth for the GPU instance codes: status and description as the
// platform documents them; category and retryable chosen by meaning, not status.
// Classes, the README table and the tests derive from this file.

export const UNKNOWN = /* @__PURE__ */ defineCatalogEntry({
  code: "UNKNOWN",
  status: 500,
  description: "Unknown error",
  category: "unknown",
  retryable: false,
});

export const GET_TOKEN_FAILED = /* @__PURE__ */ defineCatalogEntry({
  code: "GET_TOKEN_FAILED",
  status: 400,
  description: "Failed to obtain token",
  category: "authentication",
  retryable: false,
});

export const FORBIDDEN = /* @__PURE__ */ defineCatalogEntry({
  code: "FORBIDDEN",
  status: 403,
  description: "Access forbidden / No permission",
  category: "permission",
  retryable: false,
});

export const UNAUTHORIZED = /* @__PURE__ */ defineCatalogEntry({
  code: "UNAUTHORIZED",
  status: 401,
  description: "Unauthorized",
  category: "authentication",
  retryable: false,
});

export const USER_ALREADY_EXISTS = /* @__PURE__ */ defineCatalogEntry({
  code: "USER_ALREADY_EXISTS",
  status: 400,
  description: "User already exists",
  category: "conflict",
  retryable: false,
});

export const INVALID_USER_OR_PASSWORD = /* @__PURE__ */ defineCatalogEntry({
  code: "INVALID_USER_OR_PASSWORD",
  status: 400,
  description: "Invalid username or password",
  category: "authentication",
  retryable: false,
});

export const INVALID_CODE = /* @__PURE__ */ defineCatalogEntry({
  code: "INVALID_CODE",
  status: 400,
  description: "Invalid verification code",
  category: "invalid_request",
  retryable: false,
});

export const USER_NOT_FOUND = /* @__PURE__ */ defineCatalogEntry({
  code: "USER_NOT_FOUND",
  status: 400,
  description: "User not found",
  category: "not_found",
  retryable: false,
});

export const USER_PHONE_NOT_CONSIST = /* @__PURE__ */ defineCatalogEntry({
  code: "USER_PHONE_NOT_CONSIST",
  status: 400,
  description: "User phone number mismatch",
  category: "invalid_request",
  retryable: false,
});

export const SEND_CODE_TOO_FAST = /* @__PURE__ */ defineCatalogEntry({
  code: "SEND_CODE_TOO_FAST",
  status: 429,
  description: "Verification code sent too frequently",
  category: "rate_limit",
  retryable: true,
});

export const INVALID_PUBLIC_KEY = /* @__PURE__ */ defineCatalogEntry({
  code: "INVALID_PUBLIC_KEY",
  status: 400,
  description: "Invalid public key",
  category: "invalid_request",
  retryable: false,
});

export const USER_NOT_ACTIVATED = /* @__PURE__ */ defineCatalogEntry({
  code: "USER_NOT_ACTIVATED",
  status: 400,
  description: "User not activated",
  category: "failed_precondition",
  retryable: false,
});

export const USER_ALREADY_ACTIVATED = /* @__PURE__ */ defineCatalogEntry({
  code: "USER_ALREADY_ACTIVATED",
  status: 400,
  description: "User already activated",
  category: "conflict",
  retryable: false,
});

export const INVALID_USER_TOKEN = /* @__PURE__ */ defineCatalogEntry({
  code: "INVALID_USER_TOKEN",
  status: 400,
  description: "Invalid user token",
  category: "authentication",
  retryable: false,
});

export const BANNED_USER = /* @__PURE__ */ defineCatalogEntry({
  code: "BANNED_USER",
  status: 400,
  description: "Account has been banned",
  category: "permission",
  retryable: false,
});

export const RATE_LIMIT_EXCEEDED = /* @__PURE__ */ defineCatalogEntry({
  code: "RATE_LIMIT_EXCEEDED",
  status: 429,
  description: "Request rate limit exceeded",
  category: "rate_limit",
  retryable: true,
});

export const RESOURCE_NOT_FOUND = /* @__PURE__ */ defineCatalogEntry({
  code: "RESOURCE_NOT_FOUND",
  status: 400,
  description: "Resource not found (e.g., container not found)",
  category: "not_found",
  retryable: false,
});

export const CONFLICT = /* @__PURE__ */ defineCatalogEntry({
  code: "CONFLICT",
  status: 400,
  description: "Conflict (e.g., container conflict)",
  category: "conflict",
  retryable: false,
});

export const VALIDATOR_PARAM = /* @__PURE__ */ defineCatalogEntry({
  code: "VALIDATOR_PARAM",
  status: 400,
  description: "Parameter validation failed / Invalid parameter",
  category: "invalid_request",
  retryable: false,
});

export const REQUEST = /* @__PURE__ */ defineCatalogEntry({
  code: "REQUEST",
  status: 400,
  description: "Request error",
  category: "invalid_request",
  retryable: false,
});

export const OPERATION_LIMIT = /* @__PURE__ */ defineCatalogEntry({
  code: "OPERATION_LIMIT",
  status: 400,
  description: "Operation limit reached",
  category: "quota_exceeded",
  retryable: false,
});

export const INSUFFICIENT_RESOURCE = /* @__PURE__ */ defineCatalogEntry({
  code: "INSUFFICIENT_RESOURCE",
  status: 400,
  description: "Insufficient resources",
  category: "capacity",
  retryable: true,
});

export const CLUSTER_STATUS = /* @__PURE__ */ defineCatalogEntry({
  code: "CLUSTER_STATUS",
  status: 400,
  description: "Cluster status abnormal",
  category: "unavailable",
  retryable: true,
});

export const NODE_STATUS = /* @__PURE__ */ defineCatalogEntry({
  code: "NODE_STATUS",
  status: 400,
  description: "Node status abnormal",
  category: "unavailable",
  retryable: true,
});

export const DEPENDENT_RESOURCE_STATE = /* @__PURE__ */ defineCatalogEntry({
  code: "DEPENDENT_RESOURCE_STATE",
  status: 400,
  description: "Dependent resource state abnormal",
  category: "failed_precondition",
  retryable: false,
});

export const PREPAID_INSTANCE_NOT_SUPPORT_RELEASE = /* @__PURE__ */ defineCatalogEntry({
  code: "PREPAID_INSTANCE_NOT_SUPPORT_RELEASE",
  status: 400,
  description: "Prepaid instance does not support release",
  category: "failed_precondition",
  retryable: false,
});

export const CREATING_INSTANCE_NOT_SUPPORT_RENEWAL = /* @__PURE__ */ defineCatalogEntry({
  code: "CREATING_INSTANCE_NOT_SUPPORT_RENEWAL",
  status: 400,
  description: "Instance in creation does not support renewal",
  category: "failed_precondition",
  retryable: false,
});

export const INSTANCE_LOCAL_STORAGE_NOT_FOUND = /* @__PURE__ */ defineCatalogEntry({
  code: "INSTANCE_LOCAL_STORAGE_NOT_FOUND",
  status: 400,
  description: "Instance local storage not found",
  category: "not_found",
  retryable: false,
});

export const INVALID_COMMAND_PARAM = /* @__PURE__ */ defineCatalogEntry({
  code: "INVALID_COMMAND_PARAM",
  status: 400,
  description: "Invalid instance startup command parameter",
  category: "invalid_request",
  retryable: false,
});

export const GPU_SPEC_USED = /* @__PURE__ */ defineCatalogEntry({
  code: "GPU_SPEC_USED",
  status: 400,
  description: "GPU specification already in use",
  category: "failed_precondition",
  retryable: false,
});

export const INCORRECT_USER_SYNCER_REQUIRE_PARAMS = /* @__PURE__ */ defineCatalogEntry({
  code: "INCORRECT_USER_SYNCER_REQUIRE_PARAMS",
  status: 400,
  description: "Incorrect user syncer request parameters",
  category: "invalid_request",
  retryable: false,
});

export const MIGRATE_INSUFFICIENT_RESOURCE = /* @__PURE__ */ defineCatalogEntry({
  code: "MIGRATE_INSUFFICIENT_RESOURCE",
  status: 400,
  description: "Insufficient resources for migration",
  category: "capacity",
  retryable: true,
});

export const WALLET_NOT_FOUND = /* @__PURE__ */ defineCatalogEntry({
  code: "WALLET_NOT_FOUND",
  status: 500,
  description: "Wallet not found",
  category: "not_found",
  retryable: false,
});

export const WALLET_UNSUPPORT_RECHARGE_METHOD = /* @__PURE__ */ defineCatalogEntry({
  code: "WALLET_UNSUPPORT_RECHARGE_METHOD",
  status: 400,
  description: "Unsupported wallet recharge method",
  category: "invalid_request",
  retryable: false,
});

export const BALANCE_NOT_ENOUGH = /* @__PURE__ */ defineCatalogEntry({
  code: "BALANCE_NOT_ENOUGH",
  status: 400,
  description: "Insufficient balance",
  category: "insufficient_balance",
  retryable: false,
});

export const UNSUPPORTED_BILLING_MODE = /* @__PURE__ */ defineCatalogEntry({
  code: "UNSUPPORTED_BILLING_MODE",
  status: 400,
  description: "Unsupported billing mode",
  category: "invalid_request",
  retryable: false,
});

export const EXPIRED_OR_BALANCE_NOT_ENOUGH = /* @__PURE__ */ defineCatalogEntry({
  code: "EXPIRED_OR_BALANCE_NOT_ENOUGH",
  status: 400,
  description: "Expired or insufficient balance",
  category: "insufficient_balance",
  retryable: false,
});

export const ORDER_NOT_FOUND = /* @__PURE__ */ defineCatalogEntry({
  code: "ORDER_NOT_FOUND",
  status: 400,
  description: "Order not found",
  category: "not_found",
  retryable: false,
});

export const SAVING_PLAN_ALREADY_EXISTS = /* @__PURE__ */ defineCatalogEntry({
  code: "SAVING_PLAN_ALREADY_EXISTS",
  status: 400,
  description: "Saving plan already exists",
  category: "conflict",
  retryable: false,
});

export const CREATE_INSTANCE_LIMIT = /* @__PURE__ */ defineCatalogEntry({
  code: "CREATE_INSTANCE_LIMIT",
  status: 400,
  description: "Instance creation limit reached, please recharge or delete other instances",
  category: "quota_exceeded",
  retryable: false,
});

export const NETWORK_STORAGE_TOO_LARGE = /* @__PURE__ */ defineCatalogEntry({
  code: "NETWORK_STORAGE_TOO_LARGE",
  status: 400,
  description: "Network storage size exceeds limit",
  category: "invalid_request",
  retryable: false,
});

export const CUR_CLUSTER_NETWORK_STORAGE_NOT_SUPPORT = /* @__PURE__ */ defineCatalogEntry({
  code: "CUR_CLUSTER_NETWORK_STORAGE_NOT_SUPPORT",
  status: 400,
  description: "Network storage not supported in current region",
  category: "failed_precondition",
  retryable: false,
});

export const NETWORK_STORAGE_IN_USE = /* @__PURE__ */ defineCatalogEntry({
  code: "NETWORK_STORAGE_IN_USE",
  status: 400,
  description: "Network storage is in use",
  category: "failed_precondition",
  retryable: false,
});

export const NETWORK_STORAGE_UNAVAILABLE = /* @__PURE__ */ defineCatalogEntry({
  code: "NETWORK_STORAGE_UNAVAILABLE",
  status: 400,
  description: "Network storage unavailable",
  category: "unavailable",
  retryable: true,
});

export const NETWORK_STORAGE_NOT_FOUND = /* @__PURE__ */ defineCatalogEntry({
  code: "NETWORK_STORAGE_NOT_FOUND",
  status: 400,
  description: "Network storage not found",
  category: "not_found",
  retryable: false,
});

export const IMAGE_NOT_FOUND = /* @__PURE__ */ defineCatalogEntry({
  code: "IMAGE_NOT_FOUND",
  status: 400,
  description: "Image not found",
  category: "not_found",
  retryable: false,
});

export const IMAGE_AUTH_IN_USE = /* @__PURE__ */ defineCatalogEntry({
  code: "IMAGE_AUTH_IN_USE",
  status: 400,
  description: "Image authentication in use",
  category: "failed_precondition",
  retryable: false,
});

export const NETWORK_NOT_FOUND = /* @__PURE__ */ defineCatalogEntry({
  code: "NETWORK_NOT_FOUND",
  status: 400,
  description: "Instance network not found",
  category: "not_found",
  retryable: false,
});

export const NETWORK_IN_USE = /* @__PURE__ */ defineCatalogEntry({
  code: "NETWORK_IN_USE",
  status: 400,
  description: "Instance network in use",
  category: "failed_precondition",
  retryable: false,
});

export const NETWORK_MAX_LIMIT = /* @__PURE__ */ defineCatalogEntry({
  code: "NETWORK_MAX_LIMIT",
  status: 400,
  description: "Instance network creation limit exceeded",
  category: "quota_exceeded",
  retryable: false,
});

export const SEND_MSG_ERROR = /* @__PURE__ */ defineCatalogEntry({
  code: "SEND_MSG_ERROR",
  status: 400,
  description: "Message sending error",
  category: "server",
  retryable: true,
});

export const JOB_NOT_FOUND = /* @__PURE__ */ defineCatalogEntry({
  code: "JOB_NOT_FOUND",
  status: 400,
  description: "Instance job not found",
  category: "not_found",
  retryable: false,
});

export const SERVERLESS_ENDPOINT_NOT_FOUND = /* @__PURE__ */ defineCatalogEntry({
  code: "SERVERLESS_ENDPOINT_NOT_FOUND",
  status: 400,
  description: "Serverless endpoint not found",
  category: "not_found",
  retryable: false,
});

export const SERVERLESS_WORKER_NOT_FOUND = /* @__PURE__ */ defineCatalogEntry({
  code: "SERVERLESS_WORKER_NOT_FOUND",
  status: 400,
  description: "Serverless worker not found",
  category: "not_found",
  retryable: false,
});

export const SERVERLESS_PRODUCT_NOT_FOUND = /* @__PURE__ */ defineCatalogEntry({
  code: "SERVERLESS_PRODUCT_NOT_FOUND",
  status: 400,
  description: "Serverless product not found",
  category: "not_found",
  retryable: false,
});

export const SERVERLESS_APP_NAME_IS_EXIST = /* @__PURE__ */ defineCatalogEntry({
  code: "SERVERLESS_APP_NAME_IS_EXIST",
  status: 400,
  description: "Serverless application name already exists",
  category: "conflict",
  retryable: false,
});

export const TEMPLATE_IS_PRIVATE = /* @__PURE__ */ defineCatalogEntry({
  code: "TEMPLATE_IS_PRIVATE",
  status: 400,
  description: "Template is private",
  category: "permission",
  retryable: false,
});

export const TEMPLATE_NOT_FOUND = /* @__PURE__ */ defineCatalogEntry({
  code: "TEMPLATE_NOT_FOUND",
  status: 400,
  description: "Template not found",
  category: "not_found",
  retryable: false,
});

/**
 * The GPU instance domain's documented codes as data: a read-only record from
 * code to `{ code, status, description, category, retryable }`, for docs,
 * tooling and tests.
 */
export const gpuErrorCatalog = /* @__PURE__ */ defineCatalog({
  UNKNOWN,
  GET_TOKEN_FAILED,
  FORBIDDEN,
  UNAUTHORIZED,
  USER_ALREADY_EXISTS,
  INVALID_USER_OR_PASSWORD,
  INVALID_CODE,
  USER_NOT_FOUND,
  USER_PHONE_NOT_CONSIST,
  SEND_CODE_TOO_FAST,
  INVALID_PUBLIC_KEY,
  USER_NOT_ACTIVATED,
  USER_ALREADY_ACTIVATED,
  INVALID_USER_TOKEN,
  BANNED_USER,
  RATE_LIMIT_EXCEEDED,
  RESOURCE_NOT_FOUND,
  CONFLICT,
  VALIDATOR_PARAM,
  REQUEST,
  OPERATION_LIMIT,
  INSUFFICIENT_RESOURCE,
  CLUSTER_STATUS,
  NODE_STATUS,
  DEPENDENT_RESOURCE_STATE,
  PREPAID_INSTANCE_NOT_SUPPORT_RELEASE,
  CREATING_INSTANCE_NOT_SUPPORT_RENEWAL,
  INSTANCE_LOCAL_STORAGE_NOT_FOUND,
  INVALID_COMMAND_PARAM,
  GPU_SPEC_USED,
  INCORRECT_USER_SYNCER_REQUIRE_PARAMS,
  MIGRATE_INSUFFICIENT_RESOURCE,
  WALLET_NOT_FOUND,
  WALLET_UNSUPPORT_RECHARGE_METHOD,
  BALANCE_NOT_ENOUGH,
  UNSUPPORTED_BILLING_MODE,
  EXPIRED_OR_BALANCE_NOT_ENOUGH,
  ORDER_NOT_FOUND,
  SAVING_PLAN_ALREADY_EXISTS,
  CREATE_INSTANCE_LIMIT,
  NETWORK_STORAGE_TOO_LARGE,
  CUR_CLUSTER_NETWORK_STORAGE_NOT_SUPPORT,
  NETWORK_STORAGE_IN_USE,
  NETWORK_STORAGE_UNAVAILABLE,
  NETWORK_STORAGE_NOT_FOUND,
  IMAGE_NOT_FOUND,
  IMAGE_AUTH_IN_USE,
  NETWORK_NOT_FOUND,
  NETWORK_IN_USE,
  NETWORK_MAX_LIMIT,
  SEND_MSG_ERROR,
  JOB_NOT_FOUND,
  SERVERLESS_ENDPOINT_NOT_FOUND,
  SERVERLESS_WORKER_NOT_FOUND,
  SERVERLESS_PRODUCT_NOT_FOUND,
  SERVERLESS_APP_NAME_IS_EXIST,
  TEMPLATE_IS_PRIVATE,
  TEMPLATE_NOT_FOUND,
});

/** The documented GPU instance codes. */
export type GpuErrorCode = keyof typeof gpuErrorCatalog;
