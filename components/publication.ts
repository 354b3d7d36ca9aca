/** When the article was published (ISO 8601, as the page declares it), for cards that speak as of that date. */
import { createContext } from 'preact';

export const Publication = createContext<string | null>(null);
