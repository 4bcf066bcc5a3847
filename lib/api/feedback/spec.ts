// The two feedback operations of the REST API, as documented and parsed.
import {
  CampaignPathParams,
  FeedbackPageOutput,
  IngestResultOutput,
  ListFeedbackQuery,
  MAX_BATCH,
  PostFeedbackBody,
  PostFeedbackBodyDoc,
  postFeedbackIssuePath,
} from "@/lib/api/feedback/schemas";
import type { ApiSpec } from "@/lib/api/spec";

const common = {
  401: { description: "Missing, unknown or revoked token.", problem: true },
  403: { description: "The token lacks the scope.", problem: true },
  404: { description: "No campaign with this short name in the token's organization.", problem: true },
  429: { description: "More than 600 requests in a minute with this token; see Retry-After.", problem: true },
} as const;

export const postFeedbackSpec = {
  name: "feedback.apiIngest",
  operationId: "createFeedback",
  method: "POST",
  path: "/campaigns/{slug}/feedback",
  summary: "Send feedback to a campaign",
  description:
    `One item, or { "items": [...] } with up to ${MAX_BATCH}. A batch is stored all or nothing. Idempotent by externalId: ` +
    "sending an item again is counted as a duplicate and changes nothing. Sentiment is scored on arrival.",
  scope: "feedback:write",
  params: CampaignPathParams,
  input: PostFeedbackBody,
  inputIn: "body",
  inputDoc: PostFeedbackBodyDoc,
  issuePath: postFeedbackIssuePath,
  responses: {
    201: { description: "At least one item was stored.", schema: IngestResultOutput },
    200: { description: "Every item was a duplicate; nothing changed.", schema: IngestResultOutput },
    400: { description: "The body is not JSON.", problem: true },
    ...common,
    413: { description: "The body is larger than 2 MB.", problem: true },
    415: { description: "The body is not sent as application/json.", problem: true },
    422: { description: "Invalid fields (see errors), or more than 1,000 items; nothing was stored.", problem: true },
  },
} satisfies ApiSpec;

export const listFeedbackSpec = {
  name: "feedback.apiList",
  operationId: "listFeedback",
  method: "GET",
  path: "/campaigns/{slug}/feedback",
  summary: "List a campaign's feedback",
  description: "Newest first, with filters, one page at a time: pass nextCursor as cursor until it is null.",
  scope: "feedback:read",
  params: CampaignPathParams,
  input: ListFeedbackQuery,
  inputIn: "query",
  responses: {
    200: { description: "One page of feedback.", schema: FeedbackPageOutput },
    ...common,
    422: { description: "An invalid filter (see errors).", problem: true },
  },
} satisfies ApiSpec;
