import Foundation
import PackagePlugin

/// Embeds `Templates/` and the target's `Resources/` lexicons into the library as Swift source.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "Templates")
        let resources = target.directoryURL.appending(path: "Resources")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        let inputs = files(under: templates) + files(under: resources)
        return [
            .buildCommand(
                displayName: "Embedding templates and lexicons into \(target.name)",
                executable: try context.tool(named: "ResourceEmbedder").url,
                arguments: [output.path, "Templates=\(templates.path)", "Resources=\(resources.path)"],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private func files(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { !$0.hasDirectoryPath }
    }
}
