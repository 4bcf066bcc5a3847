import { apiNotFound } from "@/lib/api/execute-api-action";

// Unknown API paths answer in the API's own error format, not with the HTML not-found page.
export const dynamic = "force-dynamic";

export { apiNotFound as GET, apiNotFound as POST, apiNotFound as PUT, apiNotFound as PATCH, apiNotFound as DELETE };
