/** The Sonlet mock's data (styles, sizes, per-user images and items) and its JSON representations. */

export interface ImageRecord {
  readonly pk: number;
  readonly owner: number;
  readonly filename: string;
  readonly bytes: number;
}

export interface ItemChoiceRecord {
  readonly pk: number;
  readonly name: string;
  readonly mapPrice: string;
  readonly wholesalePrice: string;
}

export interface SizeRecord {
  readonly pk: number;
  readonly name: string;
}

export interface ItemRecord {
  readonly pk: number;
  readonly owner: number;
  readonly imagePk: number;
  readonly itemchoicePk: number;
  readonly sizePk: number;
  readonly price: string;
  readonly wholesalePrice: string;
  readonly quantity: number;
  readonly data: unknown;
}

/** The mock's data; tests read it to check what the server stored. */
export class SonletStore {
  readonly images = new Map<number, ImageRecord>();
  readonly items = new Map<number, ItemRecord>();
  readonly itemchoices = new Map<number, ItemChoiceRecord>();
  readonly sizes = new Map<number, SizeRecord>();
  /** `${user}:${key}` → when the key was used. */
  readonly idempotencyKeys = new Map<string, number>();
  nextImagePk = 15308091;
  nextItemPk = 11466409;
}

/** Fixed styles and sizes, plus `items` items (with images) owned by user 1. */
export function seedStore(store: SonletStore, options: { items: number }): void {
  for (const [pk, name, mapPrice, wholesalePrice] of [
    [412, "Amelia", "64.00", "25.50"],
    [413, "Carly", "55.00", "22.00"],
    [414, "Irma", "35.00", "14.00"],
  ] as const) {
    store.itemchoices.set(pk, { pk, name, mapPrice, wholesalePrice });
  }
  ["XS", "S", "M", "L", "XL", "2XL", "3XL"].forEach((name, i) => store.sizes.set(5 + i, { pk: 5 + i, name }));
  for (let i = 0; i < options.items; i++) {
    const image = addImage(store, { owner: 1, filename: `seed-${i}.png`, bytes: 100 });
    const choice = store.itemchoices.get(412 + (i % 3))!;
    const pk = store.nextItemPk++;
    store.items.set(pk, {
      pk,
      owner: 1,
      imagePk: image.pk,
      itemchoicePk: choice.pk,
      sizePk: 5 + (i % 7),
      price: choice.mapPrice,
      wholesalePrice: choice.wholesalePrice,
      quantity: 1,
      data: null,
    });
  }
}

export function addImage(store: SonletStore, record: Omit<ImageRecord, "pk">): ImageRecord {
  const image = { pk: store.nextImagePk++, ...record };
  store.images.set(image.pk, image);
  return image;
}

export type Row = { readonly pk: number };

/** The DRF serializers, by collection; URLs are built on the request's origin. */
export function serializers(store: SonletStore, url: URL): Record<string, (row: Row) => unknown> {
  const image = (row: Row) => {
    const r = row as ImageRecord;
    return {
      pk: r.pk,
      image_full: `${url.origin}/media/images/${r.pk}/full.png`,
      image_thumbnail: `${url.origin}/media/images/${r.pk}/thumb.png`,
    };
  };
  const itemchoice = (row: Row) => ({ pk: row.pk, name: (row as ItemChoiceRecord).name });
  const size = (row: Row) => ({ pk: row.pk, name: (row as SizeRecord).name });
  const item = (row: Row) => {
    const r = row as ItemRecord;
    const img = image(store.images.get(r.imagePk)!);
    return {
      pk: r.pk,
      image: img,
      itemchoice: itemchoice(store.itemchoices.get(r.itemchoicePk)!),
      size: size(store.sizes.get(r.sizePk)!),
      listingLink: null,
      image_thumbnail: img.image_thumbnail,
      price: r.price,
      wholesale_price: r.wholesalePrice,
      quantity: r.quantity,
      data: r.data,
    };
  };
  return { items: item, images: image, itemchoices: itemchoice, sizes: size };
}
