"use client";
// The dashboard's charts, loaded in the browser only and only on the pages that draw them:
// recharts stays out of every other page's bundle. Each has a text alternative next to it
// (ChartFigure), so nothing is lost while it loads or without JavaScript.
import dynamic from "next/dynamic";

function Loading() {
  return <div className="h-full w-full animate-pulse rounded-md bg-sunken" />;
}

export const IndexChart = dynamic(() => import("@/components/dashboard/index-chart"), { ssr: false, loading: Loading });
export const SentimentChart = dynamic(() => import("@/components/dashboard/sentiment-chart"), { ssr: false, loading: Loading });
export const ResponseChart = dynamic(() => import("@/components/dashboard/response-chart"), { ssr: false, loading: Loading });
export const BurnupChart = dynamic(() => import("@/components/dashboard/burnup-chart"), { ssr: false, loading: Loading });
