"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions/run-action";
import type { FormState } from "@/lib/actions/form-state";
import { acceptThemeSuggestion, createLesson, createThemeAction, reviewThemeTags, updateLesson, updateTheme } from "@/lib/learn/mutations";

const refresh = <T extends FormState>(state: T) => {
  if (state.ok) {
    revalidatePath("/campaigns/[slug]/learn", "layout");
    revalidatePath("/campaigns/[slug]", "page");
  }
  return state;
};

export async function createThemeFormAction(_prev: FormState, formData: FormData) {
  const state = refresh(await runAction(createThemeAction, formData));
  if (state.ok && state.data) redirect(`/campaigns/${state.data.slug}/learn/themes/${state.data.themeId}`);
  return state;
}

// Straight on to the new theme, where the tagged items wait for review.
export async function acceptSuggestionAction(_prev: FormState, formData: FormData) {
  const state = refresh(await runAction(acceptThemeSuggestion, formData));
  if (state.ok && state.data) redirect(`/campaigns/${state.data.slug}/learn/themes/${state.data.themeId}?review=1`);
  return state;
}

export async function updateThemeAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(updateTheme, formData));
}

export async function reviewTagsAction(_prev: FormState, formData: FormData) {
  return refresh(await runAction(reviewThemeTags, formData));
}

export async function createLessonAction(_prev: FormState, formData: FormData) {
  const state = refresh(await runAction(createLesson, formData));
  if (state.ok && state.data) redirect(`/campaigns/${state.data.slug}/learn/lessons/${state.data.lessonId}`);
  return state;
}

export async function updateLessonAction(_prev: FormState, formData: FormData) {
  const state = await runAction(updateLesson, formData);
  if (state.ok) revalidatePath("/campaigns/[slug]/promises", "layout");
  return refresh(state);
}
