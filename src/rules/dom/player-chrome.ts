import { furnitureRule } from './furniture.js';

export default furnitureRule({
  id: 'player-chrome',
  description: 'Whole pages: removes video and audio player chrome (Video.js, JW Player, MediaElement, Plyr labels and control bars) left as text.',
  family: 'player',
});
