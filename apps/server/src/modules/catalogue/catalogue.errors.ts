import { defineErrors } from '../../shared/errors.ts';

export const catalogueErrors = defineErrors({
  entrepreneur_not_found: { status: 404, messageKey: 'catalogue:errors.entrepreneur_not_found' },
  product_not_found: { status: 404, messageKey: 'catalogue:errors.product_not_found' },
  certification_not_found: { status: 404, messageKey: 'catalogue:errors.certification_not_found' },
  /** An entrepreneur changing a business (or its products) other than their own. */
  not_your_business: { status: 403, messageKey: 'catalogue:errors.not_your_business' },
  /** A district's liaison officer reading a business of another district. */
  not_your_district: { status: 403, messageKey: 'catalogue:errors.not_your_district' },
  /** A reader of the published catalogue asking for something not published (no valid Bangkok Brand). */
  not_published: { status: 403, messageKey: 'catalogue:errors.not_published' },
  /** Bangkok Brand certifications are recorded by Social Development officers, not by the business. */
  bangkok_brand_managed_only: { status: 403, messageKey: 'catalogue:errors.bangkok_brand_managed_only' },
  /** Interest in a product is read by Social Development and the product's business only. */
  interests_not_yours: { status: 403, messageKey: 'catalogue:errors.interests_not_yours' },
  consent_not_given: { status: 409, messageKey: 'catalogue:errors.consent_not_given' },
  /** A product in which buyers have expressed interest is kept for the trade programme's records. */
  product_has_interests: { status: 409, messageKey: 'catalogue:errors.product_has_interests' },
  /**
   * A business something depends on (products buyers are interested in, trade sessions, user
   * accounts): each is a field of the refusal; it may be archived instead.
   */
  business_in_use: { status: 409, messageKey: 'catalogue:errors.business_in_use' },
  /** An archived business takes no new entrepreneur account until it is restored. */
  business_archived: { status: 409, messageKey: 'catalogue:errors.business_archived' },
  business_already_archived: { status: 409, messageKey: 'catalogue:errors.business_already_archived' },
  business_not_archived: { status: 409, messageKey: 'catalogue:errors.business_not_archived' },
  photo_not_found: { status: 404, messageKey: 'catalogue:errors.photo_not_found' },
  photo_too_large: { status: 413, messageKey: 'catalogue:errors.photo_too_large' },
  /** The upload's bytes are not a JPEG, PNG, WebP, HEIC or AVIF image, whatever its name says. */
  photo_not_an_image: { status: 415, messageKey: 'catalogue:errors.photo_not_an_image' },
  /** An image cut short or damaged, or too many pixels to open safely. */
  photo_unreadable: { status: 400, messageKey: 'catalogue:errors.photo_unreadable' },
  too_many_photos: { status: 409, messageKey: 'catalogue:errors.too_many_photos' },
});
