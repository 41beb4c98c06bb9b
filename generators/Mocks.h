//===--- Mocks.h - GoogleMock classes from the map -------------*- C++ -*-===//
//
// Emits one MOCK_METHOD class per class of the dependency map, exact from
// the signatures the map recorded from the AST.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_GENERATORS_MOCKS_H
#define ITDD_GENERATORS_MOCKS_H

#include "core/DependencyMap.h"
#include "generators/MockAnswers.h"
#include "llvm/Support/Error.h"
#include <string>

namespace itdd {

/// "shop::PaymentGateway" -> "MockPaymentGateway". When another external
/// boundary of the map has the same unqualified name, the fewest enclosing
/// namespaces that tell them apart are spelled too ("net::http::Transport"
/// -> "MockHttpTransport"), so mocks of both can live in one header; the
/// mocks header and the factory agree because both ask the map.
std::string mockClassName(const DependencyMap &Map, llvm::StringRef ClassName);

/// The class definition `class MockX : public X { ... };`. Functions that
/// cannot be mocked are listed in comments that say why; a mocked overload
/// set keeps its unmockable members visible with a using-declaration. With
/// Answers enabled, its constructor sets the default answers.
std::string mockClassDefinition(const DependencyMap &Map, const Component &C,
                                const MockAnswers &Answers);

/// The data types the default answers of mocks of Classes build (none when
/// Answers are off): what a header with those mocks needs builders for.
std::vector<std::string> answeredDataTypes(const DependencyMap &Map,
                                           llvm::ArrayRef<std::string> Classes,
                                           const MockAnswers &Answers);

/// The include lines (sorted, unique) that declare Classes.
std::vector<std::string> includesFor(const DependencyMap &Map,
                                     llvm::ArrayRef<std::string> Classes);

/// includesFor(Classes), and the headers that define every class their
/// mockable member functions name: a mock needs them complete (a
/// `std::unique_ptr<T>` return destroys a T).
std::vector<std::string> mockIncludesFor(const DependencyMap &Map,
                                         llvm::ArrayRef<std::string> Classes);

/// What `itdd gen mocks` mocks by default: the external boundaries with at
/// least one virtual member function, implementations of a mocked
/// interface left out.
std::vector<std::string> defaultMockSet(const DependencyMap &Map);

/// A complete mocks header body: includes, then the mock classes of Classes
/// in namespace Namespace. Unless BuildersHeader names a builders header to
/// include, the builders the default answers use come first.
llvm::Expected<std::string> generateMocks(const DependencyMap &Map,
                                          llvm::ArrayRef<std::string> Classes,
                                          llvm::StringRef Namespace,
                                          const MockAnswers &Answers,
                                          llvm::StringRef BuildersHeader);

} // namespace itdd

#endif // ITDD_GENERATORS_MOCKS_H
