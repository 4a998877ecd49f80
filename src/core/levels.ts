import { LEVELS, type Level } from './types';

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

export function maxLevel(a: Level, b: Level): Level {
  return levelRank(a) >= levelRank(b) ? a : b;
}

export function atLeast(level: Level, floor: Level): boolean {
  return levelRank(level) >= levelRank(floor);
}
