// How many of a campaign's negative items themes are found in and matched against: the most
// recent ones. Bounded so suggestions and tagging stay quick on a campaign with a huge inbox.
export const THEME_TEXT_LIMIT_DEFAULT = 5000;
