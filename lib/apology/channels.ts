// The channel variants offered by default; a team may name any other. Pure.
import { SOCIAL_CHAR_LIMIT } from "@/lib/apology/analysis";

export const PRESET_CHANNELS = [
  { channel: "statement", name: "Public statement (press and website)", charLimit: null },
  { channel: "email", name: "Customer email", charLimit: null },
  { channel: "social", name: "Social post", charLimit: SOCIAL_CHAR_LIMIT },
] as const;

export function presetFor(channel: string) {
  return PRESET_CHANNELS.find((p) => p.channel === channel) ?? null;
}
