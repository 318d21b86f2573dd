import { hoursAgo, type TestEntry } from './feeds.js';

// Written for these tests in the style of wire reports (our sentences; the facts are public).
export const WU_LEAVES_META: TestEntry = {
  title: 'Chi-Hao Wu leaves Meta',
  link: 'https://wire.example/wu',
  published: hoursAgo(3),
  body: '<p>Chi-Hao Wu has left Meta after more than five years, he said on Monday.</p>',
};
