// Sorting the organization dashboard's campaigns. Pure. Campaigns without a figure (no index
// yet) always come last, whichever the direction: "no data" is neither best nor worst.

export const ORG_SORTS = {
  index: "Trust Recovery Index",
  change: "Change in a week",
  open: "Open complaints",
  pastSla: "Past the SLA",
  overdue: "Overdue commitments",
  promises: "Promises kept",
  title: "Campaign",
  occurred: "Date",
} as const;

export type OrgSort = keyof typeof ORG_SORTS;
export type SortDir = "asc" | "desc";

export type OrgCampaignRow = {
  id: string;
  slug: string;
  title: string;
  status: string;
  occurredAt: Date;
  index: number | null;
  indexWeekAgo: number | null;
  // The index per day, oldest first (null where there was no data), for the sparkline.
  sparkline: (number | null)[];
  sparkFrom: string;
  openFeedback: number;
  pastSla: number;
  overdueCommitments: number;
  promiseKeeping: number | null;
  receivedThisWeek: number;
  publishedStories: number;
};

export function isOrgSort(v: unknown): v is OrgSort {
  return typeof v === "string" && Object.hasOwn(ORG_SORTS, v);
}

// What a first click on a column sorts by: worst first where that is what needs attention.
export const DEFAULT_DIR: Record<OrgSort, SortDir> = {
  index: "asc",
  change: "asc",
  open: "desc",
  pastSla: "desc",
  overdue: "desc",
  promises: "asc",
  title: "asc",
  occurred: "desc",
};

const change = (r: OrgCampaignRow) => (r.index === null || r.indexWeekAgo === null ? null : r.index - r.indexWeekAgo);

const KEY: Record<OrgSort, (r: OrgCampaignRow) => number | string | null> = {
  index: (r) => r.index,
  change,
  open: (r) => r.openFeedback,
  pastSla: (r) => r.pastSla,
  overdue: (r) => r.overdueCommitments,
  promises: (r) => r.promiseKeeping,
  title: (r) => r.title.toLocaleLowerCase("en"),
  occurred: (r) => r.occurredAt.getTime(),
};

export function sortCampaignRows(rows: OrgCampaignRow[], sort: OrgSort, dir: SortDir): OrgCampaignRow[] {
  const key = KEY[sort];
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = key(a), y = key(b);
    if (x === null || y === null) return x === y ? a.title.localeCompare(b.title) : x === null ? 1 : -1;
    if (x < y) return -sign;
    if (x > y) return sign;
    return a.title.localeCompare(b.title);
  });
}
