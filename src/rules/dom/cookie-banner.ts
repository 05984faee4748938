import { furnitureRule } from './furniture.js';

export default furnitureRule({
  id: 'cookie-banner',
  description: 'Whole pages: removes cookie and consent banners (GDPR notices, OneTrust, Cookiebot) saved with the page.',
  family: 'consent',
});
