// The benchmark's data: 20 authors of 3 books each, the same as bench/Bench.Server/Library.cs.
export const authors = Array.from({ length: 20 }, (_, a) => ({
  id: `author-${a + 1}`,
  name: `Author ${a + 1}`,
  company: `Company ${(a % 4) + 1}`,
  books: Array.from({ length: 3 }, (_, b) => ({
    id: `book-${a + 1}-${b + 1}`,
    name: `Book ${b + 1} by Author ${a + 1}`,
    numPages: 100 + (a + 1) * 10 + (b + 1),
  })),
}));
