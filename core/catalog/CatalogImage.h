// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/NameIndex.h"

#include <cstddef>
#include <cstdint>

namespace grantscope {

/**
 * The catalogue as laid out in memory, ready to use without parsing: what Catalog::imageFromText() makes of
 * catalog.tsv and what the build compiles into the program (one file of tables, generated at build time from
 * the text by grantscope-catalog-image). Every table is an array of the records below at an offset from the
 * image's start, aligned to eight bytes; every name is an offset and a size into the text at the image's end.
 * Records hold offsets, never pointers, so the image is the same wherever it is mapped, and a program reads
 * it in place: no allocation and no page of it touched until it is used.
 *
 * An image is read only by the build of the program that made it (the same code and byte order, checked in
 * the header): it is not a format for exchange, and its records are not checked one by one when read.
 */
namespace catalog_image {

struct Text {
    uint32_t offset = 0; // into the image's text
    uint32_t size = 0;
};

inline constexpr char kMagic[8] = { 'G', 'S', 'C', 'A', 'T', 'I', 'M', 'G' };
// Changed whenever a record below changes: an image of another layout is refused.
inline constexpr uint32_t kLayout = 1;
inline constexpr uint32_t kByteOrder = 0x01020304;

struct Header {
    char magic[8];
    uint32_t layout;
    uint32_t byteOrder;
    uint32_t size; // of the whole image
    uint32_t serviceCount;
    uint32_t actionCount;
    uint32_t resourceTypeCount;
    uint32_t serviceKeyCount;
    uint32_t actionResourceCount;
    uint32_t actionKeyCount;
    uint32_t actionSlotCount; // a power of two
    uint32_t serviceSlotCount; // a power of two
    uint32_t longestName; // the longest lower-case "svc:action"
    Text dataVersion;
    // Where each table starts, in bytes from the image's start.
    uint32_t services; // Service[serviceCount]
    uint32_t actions; // Action[actionCount]
    uint32_t resourceTypes; // ResourceType[resourceTypeCount], each service's one after another
    uint32_t serviceKeys; // ConditionKey[serviceKeyCount], likewise
    uint32_t actionResources; // ActionResource[actionResourceCount], each action's one after another
    uint32_t actionKeys; // Text[actionKeyCount], likewise
    uint32_t lowerNames; // uint32_t[actionCount + 1]: action i's lower-case "svc:action" is text [n[i], n[i + 1])
    uint32_t lowerPrefixes; // uint32_t[serviceCount + 1], likewise for the services' lower-case prefixes
    uint32_t actionSlots; // NameIndex::Slot[actionSlotCount] over lowerNames
    uint32_t serviceSlots; // NameIndex::Slot[serviceSlotCount] over lowerPrefixes
    uint32_t serviceNameOrder; // int32_t[serviceCount]: Catalog::servicesInNameOrder()
    uint32_t text; // the names, one after another
    uint32_t textSize;
    uint32_t unused; // zero: the header's size a multiple of eight
};

struct Service {
    Text prefix;
    Text name;
    uint32_t firstAction;
    uint32_t actionCount;
    uint32_t firstResourceType;
    uint32_t resourceTypeCount;
    uint32_t firstKey;
    uint32_t keyCount;
};

struct Action {
    uint32_t service;
    uint32_t levels;
    Text name;
    uint32_t firstResource;
    uint32_t resourceCount;
    uint32_t firstKey;
    uint32_t keyCount;
};

struct ResourceType {
    Text name;
    Text arnFormat;
};

struct ConditionKey {
    Text key;
    Text type;
};

static_assert(sizeof(Header) % 8 == 0 && sizeof(Service) % 8 == 0 && sizeof(Action) % 8 == 0);
static_assert(sizeof(NameIndex::Slot) == 8);

} // namespace catalog_image

} // namespace grantscope
