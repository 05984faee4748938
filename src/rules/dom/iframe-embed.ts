import { describe } from '../../html/dom.js';
import { elementRule } from './define.js';

// A frame is a page of its own (a video player, a map, a poll): nothing of it is the article's
// text, and the output keeps no frames. Its address stays on record for whoever wants the embed.
export default elementRule({
  id: 'iframe-embed',
  description: 'Removes every other <iframe> (video players, maps, polls), recording its src.',
  wants: { names: ['iframe'] },
  matches: (el) => el.name === 'iframe',
  // The address, even when the frame holds fallback text of its own.
  label: describe,
});
