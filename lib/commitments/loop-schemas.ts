import { z } from "zod";
import { idField, optionalText } from "@/lib/shared/zod-fields";

export const MarkToldInput = z.object({
  taskId: idField,
  // What was said to the customer, kept in the audit log with the task.
  message: optionalText("The message", 5000),
});
export type MarkToldInput = z.infer<typeof MarkToldInput>;
