/** Creating images (multipart `image_full`) and items (the documented required and optional fields) in the Sonlet mock. */
import type { ApiRequest } from "./mock-api.js";
import { json, type ParsedBody, type Reply } from "./mock-http.js";
import { addImage, serializers, type ItemRecord, type SonletStore } from "./mock-store.js";

const IMAGE_EXTENSIONS = /\.(png|jpe?g|gif|webp|bmp)$/i;

/** `POST /images/`: the file part `image_full`, whose name needs an image extension (Django's `ImageField`). */
export function createImage(store: SonletStore, request: ApiRequest, body: ParsedBody): Reply {
  const file = body.files["image_full"];
  if (file === undefined) return json(400, { image_full: ["No file was submitted."] });
  if (file.data.length === 0) return json(400, { image_full: ["The submitted file is empty."] });
  if (!IMAGE_EXTENSIONS.test(file.filename)) {
    const ext = /\.([^.]*)$/.exec(file.filename)?.[1] ?? "";
    return json(400, {
      image_full: [`File extension “${ext}” is not allowed. Allowed extensions are: bmp, gif, jpeg, jpg, png, webp.`],
    });
  }
  const image = addImage(store, { owner: request.user, filename: file.filename, bytes: file.data.length });
  return json(201, serializers(store, request.url)["images"]!(image));
}

/** Fields as DRF sees them: integers from JSON numbers or form strings. */
function integerField(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^-?\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

function decimalField(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value.toFixed(2);
  if (typeof value === "string" && /^\d+(\.\d+)?$/.test(value.trim())) return Number(value).toFixed(2);
  return undefined;
}

/** `POST /items/`: `itemchoice_id`, `size_id`, `image_id` required; `price`, `wholesale_price`, `quantity`, `data` optional. */
export function createItem(store: SonletStore, request: ApiRequest, body: ParsedBody): Reply {
  const fields = body.fields;
  const errors: Record<string, string[]> = {};
  const ref = <T>(name: string, table: Map<number, T>, visible: (row: T) => boolean): T | undefined => {
    const raw = fields[name];
    if (raw === undefined || raw === null || raw === "") return void (errors[name] = ["This field is required."]);
    const pk = integerField(raw);
    if (pk === undefined) return void (errors[name] = ["A valid integer is required."]);
    const row = table.get(pk);
    if (row === undefined || !visible(row))
      return void (errors[name] = [`Invalid pk "${pk}" - object does not exist.`]);
    return row;
  };
  const choice = ref("itemchoice_id", store.itemchoices, () => true);
  const size = ref("size_id", store.sizes, () => true);
  const image = ref("image_id", store.images, (i) => i.owner === request.user);
  const quantity = fields["quantity"] === undefined ? 1 : integerField(fields["quantity"]);
  if (quantity === undefined || quantity < 1) errors["quantity"] = ["Ensure this value is greater than or equal to 1."];
  const price = fields["price"] === undefined ? choice?.mapPrice : decimalField(fields["price"]);
  if (price === undefined && fields["price"] !== undefined) errors["price"] = ["A valid number is required."];
  const wholesale =
    fields["wholesale_price"] === undefined ? choice?.wholesalePrice : decimalField(fields["wholesale_price"]);
  if (wholesale === undefined && fields["wholesale_price"] !== undefined)
    errors["wholesale_price"] = ["A valid number is required."];
  const data = parseDataField(fields["data"], errors);
  if (Object.keys(errors).length > 0 || !choice || !size || !image) return json(400, errors);
  const pk = store.nextItemPk++;
  const item: ItemRecord = {
    pk,
    owner: request.user,
    imagePk: image.pk,
    itemchoicePk: choice.pk,
    sizePk: size.pk,
    price: price!,
    wholesalePrice: wholesale!,
    quantity: quantity!,
    data,
  };
  store.items.set(pk, item);
  return json(201, serializers(store, request.url)["items"]!(item));
}

/** `data` must be a string holding a JSON object (the documentation's `json.dumps({...})`). */
function parseDataField(raw: unknown, errors: Record<string, string[]>): unknown {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== "string") {
    errors["data"] = ["Not a valid string."];
    return null;
  }
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return value;
  } catch {
    // fall through
  }
  errors["data"] = ["Value must be a JSON object encoded as a string."];
  return null;
}
