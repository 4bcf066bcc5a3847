// The five steps of a campaign and what each one still needs, computed from counts. Pure.

export type StepFacts = {
  apology: { variants: number; inReview: number; changesRequested: number; approved: number; published: number; revisionPending: number };
  listen: { items: number; unanswered: number; pastSla: number };
  // unreviewedTags: items tagged by accepting a suggestion that nobody has confirmed yet.
  learn: { themes: number; themesWithoutLesson: number; lessons: number; unreviewedTags?: number };
  // openLoopTasks: customers behind kept promises not yet told.
  promises: { commitments: number; overdue: number; done: number; lessonsWithoutCommitment: number; missed?: number; dropped?: number; openLoopTasks?: number };
  // granted counts every GRANTED story, published or not; notRequested: stories still without a request.
  stories: { requested: number; granted: number; published: number; notRequested?: number };
};

export type StepStatus = "todo" | "active" | "attention" | "done";
export type StepKey = "apology" | "listen" | "learn" | "promises" | "stories";

export type Step = {
  key: StepKey;
  number: number;
  title: string;
  path: string;
  status: StepStatus;
  summary: string;
  next: string;
};

export const emptyStepFacts = (): StepFacts => ({
  apology: { variants: 0, inReview: 0, changesRequested: 0, approved: 0, published: 0, revisionPending: 0 },
  listen: { items: 0, unanswered: 0, pastSla: 0 },
  learn: { themes: 0, themesWithoutLesson: 0, lessons: 0, unreviewedTags: 0 },
  promises: { commitments: 0, overdue: 0, done: 0, lessonsWithoutCommitment: 0, missed: 0, dropped: 0, openLoopTasks: 0 },
  stories: { requested: 0, granted: 0, published: 0, notRequested: 0 },
});

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function apologyStep(f: StepFacts["apology"]): Pick<Step, "status" | "summary" | "next"> {
  if (f.variants === 0) return { status: "todo", summary: "No draft yet", next: "Draft the apology" };
  if (f.revisionPending > 0) return { status: "active", summary: "Revision pending", next: "Review the revision before it is published" };
  if (f.published > 0) return { status: "done", summary: `Published (${plural(f.published, "channel")})`, next: "Keep it honest: revise if facts change" };
  if (f.approved > 0) return { status: "active", summary: "Approved, not yet published", next: "Publish the approved apology" };
  if (f.changesRequested > 0) return { status: "attention", summary: "Changes requested", next: "Address the reviewer's comments" };
  if (f.inReview > 0) return { status: "active", summary: "In review", next: "An executive approves or requests changes" };
  return { status: "active", summary: "Apology not yet approved", next: "Submit the draft for review" };
}

function listenStep(f: StepFacts["listen"]): Pick<Step, "status" | "summary" | "next"> {
  if (f.items === 0) return { status: "todo", summary: "No feedback yet", next: "Import feedback or connect a listening tool" };
  if (f.pastSla > 0) {
    return { status: "attention", summary: `${plural(f.pastSla, "complaint")} past the SLA`, next: "Answer the overdue items first" };
  }
  if (f.unanswered > 0) return { status: "active", summary: `${plural(f.unanswered, "item")} unanswered`, next: "Reply within the SLA" };
  return { status: "done", summary: `All ${plural(f.items, "item")} answered`, next: "Keep listening" };
}

function learnStep(f: StepFacts["learn"]): Pick<Step, "status" | "summary" | "next"> {
  const unreviewed = f.unreviewedTags ?? 0;
  if (f.themes === 0 && f.lessons === 0) return { status: "todo", summary: "No themes yet", next: "Find the themes in the criticism" };
  if (f.themesWithoutLesson > 0) {
    return {
      status: "active",
      summary: `${plural(f.themesWithoutLesson, "theme")} without a lesson`,
      next: unreviewed > 0 ? `Confirm the ${plural(unreviewed, "tagged item")}, then write the lessons` : "Write the lesson and its root cause",
    };
  }
  return {
    status: "done",
    summary: `${plural(f.lessons, "lesson")} learned`,
    next: unreviewed > 0 ? `Review the ${plural(unreviewed, "item")} tagged by suggestions` : "Turn each lesson into a promise",
  };
}

function promisesStep(f: StepFacts["promises"]): Pick<Step, "status" | "summary" | "next"> {
  const missed = f.missed ?? 0, dropped = f.dropped ?? 0, toTell = f.openLoopTasks ?? 0;
  if (f.commitments === 0) {
    return f.lessonsWithoutCommitment > 0
      ? { status: "attention", summary: `${plural(f.lessonsWithoutCommitment, "lesson")} without a commitment`, next: "Make a commitment for each lesson" }
      : { status: "todo", summary: "No commitments yet", next: "Make a commitment with an owner and a date" };
  }
  if (f.overdue > 0) return { status: "attention", summary: `${plural(f.overdue, "commitment")} overdue`, next: "Update the overdue commitments" };
  if (missed > 0) return { status: "attention", summary: `${plural(missed, "commitment")} missed`, next: "Deliver it late, or say what you will do instead" };
  if (f.lessonsWithoutCommitment > 0) {
    return { status: "active", summary: `${plural(f.lessonsWithoutCommitment, "lesson")} without a commitment`, next: "Make a commitment for each lesson" };
  }
  const tell = toTell > 0 ? `Tell the ${plural(toTell, "customer")} waiting to hear` : null;
  // Dropped commitments were closed with a reason; the step is done when every other one is kept.
  if (f.done > 0 && f.done + dropped === f.commitments) {
    return {
      status: "done",
      summary: dropped ? `${f.done} kept, ${dropped} dropped` : `All ${plural(f.commitments, "commitment")} kept`,
      next: tell ?? "Tell the people who asked",
    };
  }
  return { status: "active", summary: `${f.done} of ${plural(f.commitments, "commitment")} kept`, next: tell ?? "Post progress and evidence" };
}

function storiesStep(f: StepFacts["stories"]): Pick<Step, "status" | "summary" | "next"> {
  const notRequested = f.notRequested ?? 0;
  if (f.requested + f.granted + f.published + notRequested === 0) return { status: "todo", summary: "No stories yet", next: "Ask customers who stayed to share their story" };
  if (f.published > 0) {
    const next = f.granted > f.published ? "Publish the other consented stories" : f.requested > 0 ? "Follow up on the open consent requests" : "Keep curating the wall";
    return { status: "done", summary: `${plural(f.published, "story", "stories")} published`, next };
  }
  if (f.granted > 0) return { status: "active", summary: `${f.granted} granted, none published`, next: "Publish a consented story" };
  if (f.requested > 0) return { status: "active", summary: `${f.requested} requested`, next: "Wait for consent" };
  return { status: "active", summary: `${plural(notRequested, "story", "stories")} without consent`, next: "Ask each customer for consent" };
}

export function computeSteps(facts: StepFacts): Step[] {
  return [
    { key: "apology", number: 1, title: "Apologize", path: "apology", ...apologyStep(facts.apology) },
    { key: "listen", number: 2, title: "Listen", path: "listen", ...listenStep(facts.listen) },
    { key: "learn", number: 3, title: "Learn from criticism", path: "learn", ...learnStep(facts.learn) },
    { key: "promises", number: 4, title: "Keep promises", path: "promises", ...promisesStep(facts.promises) },
    { key: "stories", number: 5, title: "Reuse customer content", path: "stories", ...storiesStep(facts.stories) },
  ];
}

export function stepsDone(steps: Step[]): number {
  return steps.filter((s) => s.status === "done").length;
}
