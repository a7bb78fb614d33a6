import { handleFeedbackPost } from "@/lib/store/feedback-request";

/**
 * POST /api/feedback: "Did this fix it?" answers and problem reports (see lib/store/feedback-request.ts
 * for every check). Only POST: any other method gets Next.js's 405.
 */
export async function POST(request: Request) {
  return handleFeedbackPost(request);
}
