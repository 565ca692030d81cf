// The installed app's icons: sizes and purposes, listed once for the manifest and the icon files.
export const appIcons = [
  { size: 192, purpose: 'any' },
  { size: 512, purpose: 'any' },
  { size: 192, purpose: 'maskable' },
  { size: 512, purpose: 'maskable' },
] as const;
