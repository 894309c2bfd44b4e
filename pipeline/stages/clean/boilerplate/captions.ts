/** Photo captions and credits: whole caption paragraphs where a credit marks them, inline credits elsewhere. */
import {lineRule, regexRule} from '../rule.js'

/** A caption paragraph, recognized by its credit: [Photo/Xinhua], Photograph: X/AP, PHOTO: AFP, Hide Caption 3 of 170... */
export const photoCaption = lineRule('photo-caption',
  'Photo caption paragraphs, recognized by their credit ([Photo/Xinhua], Photograph: X/AP, PHOTO: AFP, Image copyright X Image caption, Hide Caption 3 of 170, FILE PHOTO:), are removed.',
  [
    String.raw`.{0,600}\[Photo(?:[/ ][^\]\n]{0,80})?\][ \t]*`,
    String.raw`.*\bPhotograph: [^\n]{1,120}`,
    String.raw`.{0,600}[.!?"”’)] PHOTO: [A-Z][A-Z/ .-]{1,40}`,
    String.raw`PHOTO: .{0,600}\(PHOTOGRAPH BY [^)\n]{1,120}\)(?: \([A-Z]?\d+\))?`,
    String.raw`(?:FILE PHOTO|File photo): .{0,600}`,
    String.raw`Image (?:copyright|source) .{0,120}? Image caption .{0,600}`,
    String.raw`Media playback is unsupported on your device(?: Media caption .{0,600})?`,
    String.raw`Photos: .{0,3000}? Hide Caption \d+ of \d+`,
    String.raw`[A-Z][A-Z .'-]{2,40} ?/ ?(?:FOR )?(?:CHINA DAILY|XINHUA|AFP|AP|REUTERS)`,
  // "/" finds the credit-only captions (CAI MENG/CHINA DAILY); the lines it also finds fail the pattern quickly
  ].join('|'), ['Photo', 'PHOTO', 'Image c', 'Image s', 'Media playback', 'Hide Caption', 'File photo', '/'])

/** Credits inside running text: (Photo/People's Daily Online), (Xinhua/Yin Bogu), (File photo), (AP Photo/X). */
export const photoCredit = regexRule('photo-credit',
  'Photo credits inside running text ((Photo/People\'s Daily Online), [Photo/Xinhua], (Xinhua/Yin Bogu), (File photo), (AP Photo/X), File photo/Xinhua) are removed.',
  /[ \t]?\((?:Photo\/[^)\n]{1,60}|Xinhua\/[^)\n]{1,60}|File photo|AP Photo\/[^)\n]{1,60}|Photo by [^)\n]{1,80})\)|[ \t]?\[Photo(?:[/ ][^\]\n]{0,80})?\]|\bFile photo\/Xinhua\b[ \t]?/g, '', ['(Photo', '(Xinhua/', '(File', '(AP Photo', '[Photo', 'File photo/'])
