// Every island by name. The server marks where one renders; the browser loads only the
// islands a page uses (each is its own chunk).
import type { ComponentType } from 'preact';

export const islandLoaders = {
  QuizRunner: () => import('./QuizRunner.tsx'),
  ShareButton: () => import('./ShareButton.tsx'),
  TimezoneField: () => import('./TimezoneField.tsx'),
  LiveGradebook: () => import('./LiveGradebook.tsx'),
  LocalTimes: () => import('./LocalTimes.tsx'),
  DraftEditor: () => import('./DraftEditor.tsx'),
  RememberClass: () => import('./RememberClass.tsx'),
  MyClasses: () => import('./MyClasses.tsx'),
} satisfies Record<string, () => Promise<{ default: ComponentType<never> }>>;

export type IslandName = keyof typeof islandLoaders;
