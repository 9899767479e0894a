// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwresourcepaths.h"

#include "gwlogging.h"

#include <QDir>
#include <QFileInfo>

const char *const GwResourcePaths::ENVIRONMENT_VARIABLE = "GRIDWALL_RESOURCE_DIR";

QStringList GwResourcePaths::searchRoots()
{
  QStringList roots;

  const QString fromEnvironment = qEnvironmentVariable( ENVIRONMENT_VARIABLE );
  if ( !fromEnvironment.isEmpty() )
    roots << QDir( fromEnvironment ).absolutePath();

  if ( QCoreApplication::instance() )
    roots << QDir( QCoreApplication::applicationDirPath() + QStringLiteral( "/../share/gridwall" ) ).absolutePath();

  roots << QDir( QStringLiteral( GW_SOURCE_DIR ) ).absolutePath();
  return roots;
}

QString GwResourcePaths::findFolder( const QString &name, QString *error )
{
  const QStringList roots = searchRoots();
  const QString fromEnvironment = qEnvironmentVariable( ENVIRONMENT_VARIABLE );

  for ( const QString &root : roots )
  {
    const QFileInfo folder( QDir( root ).filePath( name ) );
    if ( folder.isDir() )
      return folder.canonicalFilePath();

    // Someone set the variable on purpose, so falling back to another root silently
    // would hide a typo in it.
    if ( !fromEnvironment.isEmpty() && root == roots.constFirst() )
      qCWarning( gwGis ) << ENVIRONMENT_VARIABLE << "is set to" << fromEnvironment << "but has no folder" << name;
  }

  if ( error )
  {
    *error = tr( "Resource folder \"%1\" not found. Searched: %2. Set %3 to the folder that contains it." )
               .arg( name, roots.join( QStringLiteral( ", " ) ), QLatin1String( ENVIRONMENT_VARIABLE ) );
  }
  return QString();
}

QString GwResourcePaths::layersDir( QString *error )
{
  return findFolder( QStringLiteral( "layers" ), error );
}

QString GwResourcePaths::stylesDir( QString *error )
{
  return findFolder( QStringLiteral( "styles" ), error );
}

QString GwResourcePaths::uiDir( QString *error )
{
  return findFolder( QStringLiteral( "ui" ), error );
}
