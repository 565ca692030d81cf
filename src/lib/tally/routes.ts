// The tally's two addresses. To move into src/lib/paths.ts once that module is on main.
export const tallyPaths = {
  tally: '/kiem-phieu/',
  ballot: '/kiem-phieu/phieu/',
} as const;
