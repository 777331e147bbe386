#include "core/organizationterms.h"

#include "core/jsonreader.h"

namespace {

constexpr int MaxTermsLength = 200000;

} // namespace

bool OrganizationTerms::fromJson(const QJsonObject &json, OrganizationTerms *terms, QString *error)
{
    JsonReader reader(json, QStringLiteral("terms"));
    OrganizationTerms result;
    result.version = reader.string(QLatin1String("version"), JsonReader::Required, 64);
    result.title = reader.string(QLatin1String("title"), JsonReader::Required, 300).trimmed();
    result.text = reader.string(QLatin1String("text"), JsonReader::Required, MaxTermsLength);
    result.publishedAt = reader.dateTime(QLatin1String("publishedAt"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    *terms = result;
    return true;
}
