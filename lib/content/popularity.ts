// What makes a thread popular on the home page (인기글): views and recommendations over the last week.

/** How far back the home page's popular threads reach. */
export const POPULAR_WINDOW_DAYS = 7;
/** One recommendation weighs as much as this many views: readers view far more often than they recommend. */
export const RECOMMENDATION_WEIGHT = 10;
/** How many popular threads the home page lists. */
export const POPULAR_THREADS = 5;

/** A thread's popularity: its views plus its recommendations weighted. */
export const popularityScore = (views: number, recommendations: number): number => views + RECOMMENDATION_WEIGHT * recommendations;
