//===--- ConfigFields.h - the factory's configuration fields ---*- C++ -*-===//
//
// How `itdd gen factory` declares each plain value a constructor or factory
// function takes in the configuration struct, documents it and passes it.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_GENERATORS_CONFIGFIELDS_H
#define ITDD_GENERATORS_CONFIGFIELDS_H

#include "generators/FactoryPlan.h"
#include "generators/LanguageLevel.h"
#include <string>

namespace itdd {

/// "`std::ostream &log` of app::Logger's constructor.", and what the test
/// must set.
std::string fieldComment(const ConfigField &F, LanguageLevel Level);

/// The field's declaration in the configuration struct.
std::string fieldDeclaration(const ConfigField &F, LanguageLevel Level);

/// The expression that passes the field to its constructor.
std::string fieldUse(const ConfigField &F);

} // namespace itdd

#endif // ITDD_GENERATORS_CONFIGFIELDS_H
