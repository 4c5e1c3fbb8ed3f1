<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyLocal="1" version="3.22.16-Białowieża" simplifyDrawingHints="1" styleCategories="LayerConfiguration|Symbology|Labeling|Fields|Forms|MapTips|AttributeTable|Rendering" simplifyMaxScale="1" symbologyReferenceScale="-1" readOnly="0" simplifyDrawingTol="1" hasScaleBasedVisibilityFlag="0" simplifyAlgorithm="0" labelsEnabled="1" maxScale="0" minScale="100000000">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <renderer-v2 type="RuleRenderer" forceraster="0" symbollevels="0" enableorderby="0" referencescale="-1">
    <rules key="{224f09ea-d6cc-452c-9475-730c408d344c}">
      <rule key="{3daca2a8-06c6-4d4e-993c-12ed165b3201}" label="Several deforestation signals" filter="(if(&quot;flag_mining&quot;, 1, 0) + if(&quot;flag_logging&quot;, 1, 0) + if(&quot;flag_slash_burn&quot;, 1, 0)) >= 2" symbol="0"/>
      <rule key="{2a3ab766-5728-4175-956b-daf86acae50c}" label="Mining" filter="&quot;flag_mining&quot; AND (if(&quot;flag_mining&quot;, 1, 0) + if(&quot;flag_logging&quot;, 1, 0) + if(&quot;flag_slash_burn&quot;, 1, 0)) = 1" symbol="1"/>
      <rule key="{037a4fda-98a1-423f-b57b-d83c8c1e8f3a}" label="Logging" filter="&quot;flag_logging&quot; AND (if(&quot;flag_mining&quot;, 1, 0) + if(&quot;flag_logging&quot;, 1, 0) + if(&quot;flag_slash_burn&quot;, 1, 0)) = 1" symbol="2"/>
      <rule key="{8ae281a3-58a1-4c88-88b6-76b7cfee9131}" label="Slash-and-burn" filter="&quot;flag_slash_burn&quot; AND (if(&quot;flag_mining&quot;, 1, 0) + if(&quot;flag_logging&quot;, 1, 0) + if(&quot;flag_slash_burn&quot;, 1, 0)) = 1" symbol="3"/>
      <rule key="{31f9a72c-846b-4d32-aa93-705ddad40506}" label="Other tiles" filter="ELSE" symbol="4"/>
    </rules>
    <symbols>
      <symbol clip_to_extent="1" type="fill" name="0" alpha="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="255,0,0,110"/>
            <Option type="QString" name="joinstyle" value="miter"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,0,0,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="1.3"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="255,0,0,110"/>
          <prop k="joinstyle" v="miter"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,0,0,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="1.3"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" type="fill" name="1" alpha="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="230,0,126,90"/>
            <Option type="QString" name="joinstyle" value="miter"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="230,0,126,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.9"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="230,0,126,90"/>
          <prop k="joinstyle" v="miter"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="230,0,126,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.9"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" type="fill" name="2" alpha="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="255,212,0,90"/>
            <Option type="QString" name="joinstyle" value="miter"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,212,0,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.9"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="255,212,0,90"/>
          <prop k="joinstyle" v="miter"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,212,0,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.9"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" type="fill" name="3" alpha="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="255,95,0,90"/>
            <Option type="QString" name="joinstyle" value="miter"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,95,0,255"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.9"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="255,95,0,90"/>
          <prop k="joinstyle" v="miter"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="255,95,0,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.9"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" type="fill" name="4" alpha="1" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="0,0,255,255"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="240,240,240,180"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="no"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="0,0,255,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="240,240,240,180"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.2"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="no"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fontSize="8" fontItalic="0" blendMode="0" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontWordSpacing="0" fontSizeUnit="Point" fontWeight="50" fontFamily="DejaVu Sans" textOrientation="horizontal" legendString="Aa" textOpacity="1" isExpression="1" namedStyle="" textColor="255,255,255,255" multilineHeight="1" useSubstitutions="0" allowHtml="0" fontLetterSpacing="0" capitalization="0" fontUnderline="0" fontKerning="1" previewBkgrdColor="255,255,255,255" fieldName="replace(&quot;tags&quot;, ' ', '\n')" fontStrikeout="0">
        <families/>
        <text-buffer bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferColor="0,0,0,200" bufferSize="0.80000000000000004" bufferOpacity="1" bufferSizeUnits="MM" bufferJoinStyle="128" bufferNoFill="1" bufferDraw="1" bufferBlendMode="0"/>
        <text-mask maskedSymbolLayers="" maskType="0" maskSize="1.5" maskJoinStyle="128" maskSizeUnits="MM" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskOpacity="1" maskEnabled="0"/>
        <background shapeSizeUnit="MM" shapeOpacity="1" shapeBorderWidthUnit="MM" shapeDraw="0" shapeRotationType="0" shapeRotation="0" shapeRadiiY="0" shapeType="0" shapeBorderWidth="0" shapeRadiiX="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiUnit="MM" shapeSizeX="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeJoinStyle="64" shapeSizeType="0" shapeSVGFile="" shapeBlendMode="0" shapeOffsetUnit="MM" shapeOffsetY="0" shapeOffsetX="0" shapeFillColor="255,255,255,255" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeBorderColor="128,128,128,255" shapeSizeY="0">
          <symbol clip_to_extent="1" type="fill" name="fillSymbol" alpha="1" force_rhr="0">
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
            <layer class="SimpleFill" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="color" value="255,255,255,255"/>
                <Option type="QString" name="joinstyle" value="bevel"/>
                <Option type="QString" name="offset" value="0,0"/>
                <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="offset_unit" value="MM"/>
                <Option type="QString" name="outline_color" value="128,128,128,255"/>
                <Option type="QString" name="outline_style" value="no"/>
                <Option type="QString" name="outline_width" value="0"/>
                <Option type="QString" name="outline_width_unit" value="MM"/>
                <Option type="QString" name="style" value="solid"/>
              </Option>
              <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="color" v="255,255,255,255"/>
              <prop k="joinstyle" v="bevel"/>
              <prop k="offset" v="0,0"/>
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="offset_unit" v="MM"/>
              <prop k="outline_color" v="128,128,128,255"/>
              <prop k="outline_style" v="no"/>
              <prop k="outline_width" v="0"/>
              <prop k="outline_width_unit" v="MM"/>
              <prop k="style" v="solid"/>
              <data_defined_properties>
                <Option type="Map">
                  <Option type="QString" name="name" value=""/>
                  <Option name="properties"/>
                  <Option type="QString" name="type" value="collection"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetUnit="MM" shadowColor="0,0,0,255" shadowScale="100" shadowDraw="0" shadowOffsetAngle="135" shadowOffsetDist="1" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowBlendMode="6" shadowRadius="1.5" shadowOpacity="0.69999999999999996" shadowOffsetGlobal="1" shadowRadiusUnit="MM" shadowUnder="0" shadowRadiusAlphaOnly="0"/>
        <dd_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format leftDirectionSymbol="&lt;" autoWrapLength="0" reverseDirectionSymbol="0" rightDirectionSymbol=">" decimals="3" useMaxLineLengthForAutoWrap="1" addDirectionSymbol="0" formatNumbers="0" plussign="0" wrapChar="" multilineAlign="3" placeDirectionSymbol="0"/>
      <placement maxCurvedCharAngleOut="-25" overrunDistance="0" overrunDistanceUnit="MM" geometryGeneratorType="PointGeometry" distMapUnitScale="3x:0,0,0,0,0,0" maxCurvedCharAngleIn="25" fitInPolygonOnly="0" rotationAngle="0" priority="5" dist="0" placement="1" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" repeatDistance="0" geometryGeneratorEnabled="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" preserveRotation="1" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" lineAnchorClipping="0" quadOffset="4" xOffset="0" repeatDistanceUnits="MM" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" distUnits="MM" placementFlags="10" offsetUnits="MM" centroidInside="0" layerType="UnknownGeometry" lineAnchorType="0" yOffset="0" lineAnchorPercent="0.5" geometryGenerator="" centroidWhole="0" polygonPlacementFlags="2" rotationUnit="AngleDegrees" offsetType="0"/>
      <rendering maxNumLabels="2000" scaleMin="1" scaleMax="40000" drawLabels="1" fontLimitPixelSize="0" upsidedownLabels="0" fontMinPixelSize="0" scaleVisibility="1" obstacleType="1" obstacle="1" fontMaxPixelSize="10000" obstacleFactor="1" minFeatureSize="0" labelPerPart="0" mergeLines="0" unplacedVisibility="0" limitNumLabels="0" displayAll="0" zIndex="0"/>
      <dd_properties>
        <Option type="Map">
          <Option type="QString" name="name" value=""/>
          <Option name="properties"/>
          <Option type="QString" name="type" value="collection"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option type="QString" name="anchorPoint" value="pole_of_inaccessibility"/>
          <Option type="int" name="blendMode" value="0"/>
          <Option type="Map" name="ddProperties">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
          <Option type="bool" name="drawToAllParts" value="false"/>
          <Option type="QString" name="enabled" value="0"/>
          <Option type="QString" name="labelAnchorPoint" value="point_on_exterior"/>
          <Option type="QString" name="lineSymbol" value="&lt;symbol clip_to_extent=&quot;1&quot; type=&quot;line&quot; name=&quot;symbol&quot; alpha=&quot;1&quot; force_rhr=&quot;0&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer class=&quot;SimpleLine&quot; enabled=&quot;1&quot; locked=&quot;0&quot; pass=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;align_dash_pattern&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;capstyle&quot; value=&quot;square&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash&quot; value=&quot;5;2&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;draw_inside_polygon&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;joinstyle&quot; value=&quot;bevel&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_color&quot; value=&quot;60,60,60,255&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_style&quot; value=&quot;solid&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width&quot; value=&quot;0.3&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;ring_filter&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;tweak_dash_pattern_on_corners&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;use_custom_dash&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;width_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>"/>
          <Option type="double" name="minLength" value="0"/>
          <Option type="QString" name="minLengthMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="minLengthUnit" value="MM"/>
          <Option type="double" name="offsetFromAnchor" value="0"/>
          <Option type="QString" name="offsetFromAnchorMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offsetFromAnchorUnit" value="MM"/>
          <Option type="double" name="offsetFromLabel" value="0"/>
          <Option type="QString" name="offsetFromLabelMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offsetFromLabelUnit" value="MM"/>
        </Option>
      </callout>
    </settings>
  </labeling>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <fieldConfiguration>
    <field name="tags" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flag_mining" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flag_logging" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flag_slash_burn" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="flagged" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="score_mining" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="score_logging" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="score_slash_burn" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="row" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="col" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="coverage" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="p_clear" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="p_partly_cloudy" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="p_haze" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="p_cloudy" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="p_primary" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="p_agriculture" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="p_road" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="p_water" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="p_cultivation" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="p_habitation" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="p_bare_ground" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="p_artisinal_mine" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="p_selective_logging" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="p_blooming" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="p_slash_burn" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="p_blow_down" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="p_conventional_mine" configurationFlags="None">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="double" name="Max" value="1"/>
            <Option type="double" name="Min" value="0"/>
            <Option type="int" name="Precision" value="3"/>
            <Option type="double" name="Step" value="0.01"/>
            <Option type="QString" name="Style" value="SpinBox"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="clear" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="partly_cloudy" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="haze" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cloudy" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="primary" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="agriculture" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="road" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="water" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cultivation" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="habitation" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="bare_ground" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="artisinal_mine" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="selective_logging" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="blooming" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="slash_burn" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="blow_down" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="conventional_mine" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="model" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="embedding" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" name="Tags" field="tags"/>
    <alias index="1" name="Flag: Mining" field="flag_mining"/>
    <alias index="2" name="Flag: Logging" field="flag_logging"/>
    <alias index="3" name="Flag: Slash-and-burn" field="flag_slash_burn"/>
    <alias index="4" name="Flagged (any)" field="flagged"/>
    <alias index="5" name="Score: Mining" field="score_mining"/>
    <alias index="6" name="Score: Logging" field="score_logging"/>
    <alias index="7" name="Score: Slash-and-burn" field="score_slash_burn"/>
    <alias index="8" name="Row" field="row"/>
    <alias index="9" name="Column" field="col"/>
    <alias index="10" name="Valid-pixel coverage" field="coverage"/>
    <alias index="11" name="P(Clear)" field="p_clear"/>
    <alias index="12" name="P(Partly cloudy)" field="p_partly_cloudy"/>
    <alias index="13" name="P(Haze)" field="p_haze"/>
    <alias index="14" name="P(Cloudy)" field="p_cloudy"/>
    <alias index="15" name="P(Primary)" field="p_primary"/>
    <alias index="16" name="P(Agriculture)" field="p_agriculture"/>
    <alias index="17" name="P(Road)" field="p_road"/>
    <alias index="18" name="P(Water)" field="p_water"/>
    <alias index="19" name="P(Cultivation)" field="p_cultivation"/>
    <alias index="20" name="P(Habitation)" field="p_habitation"/>
    <alias index="21" name="P(Bare ground)" field="p_bare_ground"/>
    <alias index="22" name="P(Artisanal mine)" field="p_artisinal_mine"/>
    <alias index="23" name="P(Selective logging)" field="p_selective_logging"/>
    <alias index="24" name="P(Blooming)" field="p_blooming"/>
    <alias index="25" name="P(Slash burn)" field="p_slash_burn"/>
    <alias index="26" name="P(Blow down)" field="p_blow_down"/>
    <alias index="27" name="P(Conventional mine)" field="p_conventional_mine"/>
    <alias index="28" name="Clear" field="clear"/>
    <alias index="29" name="Partly cloudy" field="partly_cloudy"/>
    <alias index="30" name="Haze" field="haze"/>
    <alias index="31" name="Cloudy" field="cloudy"/>
    <alias index="32" name="Primary" field="primary"/>
    <alias index="33" name="Agriculture" field="agriculture"/>
    <alias index="34" name="Road" field="road"/>
    <alias index="35" name="Water" field="water"/>
    <alias index="36" name="Cultivation" field="cultivation"/>
    <alias index="37" name="Habitation" field="habitation"/>
    <alias index="38" name="Bare ground" field="bare_ground"/>
    <alias index="39" name="Artisanal mine" field="artisinal_mine"/>
    <alias index="40" name="Selective logging" field="selective_logging"/>
    <alias index="41" name="Blooming" field="blooming"/>
    <alias index="42" name="Slash burn" field="slash_burn"/>
    <alias index="43" name="Blow down" field="blow_down"/>
    <alias index="44" name="Conventional mine" field="conventional_mine"/>
    <alias index="45" name="Model" field="model"/>
    <alias index="46" name="" field="embedding"/>
  </aliases>
  <defaults>
    <default expression="" applyOnUpdate="0" field="tags"/>
    <default expression="" applyOnUpdate="0" field="flag_mining"/>
    <default expression="" applyOnUpdate="0" field="flag_logging"/>
    <default expression="" applyOnUpdate="0" field="flag_slash_burn"/>
    <default expression="" applyOnUpdate="0" field="flagged"/>
    <default expression="" applyOnUpdate="0" field="score_mining"/>
    <default expression="" applyOnUpdate="0" field="score_logging"/>
    <default expression="" applyOnUpdate="0" field="score_slash_burn"/>
    <default expression="" applyOnUpdate="0" field="row"/>
    <default expression="" applyOnUpdate="0" field="col"/>
    <default expression="" applyOnUpdate="0" field="coverage"/>
    <default expression="" applyOnUpdate="0" field="p_clear"/>
    <default expression="" applyOnUpdate="0" field="p_partly_cloudy"/>
    <default expression="" applyOnUpdate="0" field="p_haze"/>
    <default expression="" applyOnUpdate="0" field="p_cloudy"/>
    <default expression="" applyOnUpdate="0" field="p_primary"/>
    <default expression="" applyOnUpdate="0" field="p_agriculture"/>
    <default expression="" applyOnUpdate="0" field="p_road"/>
    <default expression="" applyOnUpdate="0" field="p_water"/>
    <default expression="" applyOnUpdate="0" field="p_cultivation"/>
    <default expression="" applyOnUpdate="0" field="p_habitation"/>
    <default expression="" applyOnUpdate="0" field="p_bare_ground"/>
    <default expression="" applyOnUpdate="0" field="p_artisinal_mine"/>
    <default expression="" applyOnUpdate="0" field="p_selective_logging"/>
    <default expression="" applyOnUpdate="0" field="p_blooming"/>
    <default expression="" applyOnUpdate="0" field="p_slash_burn"/>
    <default expression="" applyOnUpdate="0" field="p_blow_down"/>
    <default expression="" applyOnUpdate="0" field="p_conventional_mine"/>
    <default expression="" applyOnUpdate="0" field="clear"/>
    <default expression="" applyOnUpdate="0" field="partly_cloudy"/>
    <default expression="" applyOnUpdate="0" field="haze"/>
    <default expression="" applyOnUpdate="0" field="cloudy"/>
    <default expression="" applyOnUpdate="0" field="primary"/>
    <default expression="" applyOnUpdate="0" field="agriculture"/>
    <default expression="" applyOnUpdate="0" field="road"/>
    <default expression="" applyOnUpdate="0" field="water"/>
    <default expression="" applyOnUpdate="0" field="cultivation"/>
    <default expression="" applyOnUpdate="0" field="habitation"/>
    <default expression="" applyOnUpdate="0" field="bare_ground"/>
    <default expression="" applyOnUpdate="0" field="artisinal_mine"/>
    <default expression="" applyOnUpdate="0" field="selective_logging"/>
    <default expression="" applyOnUpdate="0" field="blooming"/>
    <default expression="" applyOnUpdate="0" field="slash_burn"/>
    <default expression="" applyOnUpdate="0" field="blow_down"/>
    <default expression="" applyOnUpdate="0" field="conventional_mine"/>
    <default expression="" applyOnUpdate="0" field="model"/>
    <default expression="" applyOnUpdate="0" field="embedding"/>
  </defaults>
  <constraints>
    <constraint constraints="0" exp_strength="0" field="tags" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="flag_mining" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="flag_logging" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="flag_slash_burn" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="flagged" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="score_mining" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="score_logging" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="score_slash_burn" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="row" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="col" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="coverage" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="p_clear" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="p_partly_cloudy" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="p_haze" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="p_cloudy" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="p_primary" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="p_agriculture" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="p_road" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="p_water" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="p_cultivation" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="p_habitation" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="p_bare_ground" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="p_artisinal_mine" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="p_selective_logging" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="p_blooming" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="p_slash_burn" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="p_blow_down" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="p_conventional_mine" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="clear" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="partly_cloudy" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="haze" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="cloudy" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="primary" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="agriculture" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="road" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="water" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="cultivation" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="habitation" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="bare_ground" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="artisinal_mine" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="selective_logging" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="blooming" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="slash_burn" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="blow_down" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="conventional_mine" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="model" unique_strength="0" notnull_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="embedding" unique_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" field="tags" desc=""/>
    <constraint exp="" field="flag_mining" desc=""/>
    <constraint exp="" field="flag_logging" desc=""/>
    <constraint exp="" field="flag_slash_burn" desc=""/>
    <constraint exp="" field="flagged" desc=""/>
    <constraint exp="" field="score_mining" desc=""/>
    <constraint exp="" field="score_logging" desc=""/>
    <constraint exp="" field="score_slash_burn" desc=""/>
    <constraint exp="" field="row" desc=""/>
    <constraint exp="" field="col" desc=""/>
    <constraint exp="" field="coverage" desc=""/>
    <constraint exp="" field="p_clear" desc=""/>
    <constraint exp="" field="p_partly_cloudy" desc=""/>
    <constraint exp="" field="p_haze" desc=""/>
    <constraint exp="" field="p_cloudy" desc=""/>
    <constraint exp="" field="p_primary" desc=""/>
    <constraint exp="" field="p_agriculture" desc=""/>
    <constraint exp="" field="p_road" desc=""/>
    <constraint exp="" field="p_water" desc=""/>
    <constraint exp="" field="p_cultivation" desc=""/>
    <constraint exp="" field="p_habitation" desc=""/>
    <constraint exp="" field="p_bare_ground" desc=""/>
    <constraint exp="" field="p_artisinal_mine" desc=""/>
    <constraint exp="" field="p_selective_logging" desc=""/>
    <constraint exp="" field="p_blooming" desc=""/>
    <constraint exp="" field="p_slash_burn" desc=""/>
    <constraint exp="" field="p_blow_down" desc=""/>
    <constraint exp="" field="p_conventional_mine" desc=""/>
    <constraint exp="" field="clear" desc=""/>
    <constraint exp="" field="partly_cloudy" desc=""/>
    <constraint exp="" field="haze" desc=""/>
    <constraint exp="" field="cloudy" desc=""/>
    <constraint exp="" field="primary" desc=""/>
    <constraint exp="" field="agriculture" desc=""/>
    <constraint exp="" field="road" desc=""/>
    <constraint exp="" field="water" desc=""/>
    <constraint exp="" field="cultivation" desc=""/>
    <constraint exp="" field="habitation" desc=""/>
    <constraint exp="" field="bare_ground" desc=""/>
    <constraint exp="" field="artisinal_mine" desc=""/>
    <constraint exp="" field="selective_logging" desc=""/>
    <constraint exp="" field="blooming" desc=""/>
    <constraint exp="" field="slash_burn" desc=""/>
    <constraint exp="" field="blow_down" desc=""/>
    <constraint exp="" field="conventional_mine" desc=""/>
    <constraint exp="" field="model" desc=""/>
    <constraint exp="" field="embedding" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributetableconfig actionWidgetStyle="dropDown" sortExpression="" sortOrder="0">
    <columns>
      <column type="field" hidden="0" name="tags" width="260"/>
      <column type="field" hidden="0" name="flagged" width="-1"/>
      <column type="field" hidden="0" name="flag_mining" width="-1"/>
      <column type="field" hidden="0" name="flag_logging" width="-1"/>
      <column type="field" hidden="0" name="flag_slash_burn" width="-1"/>
      <column type="field" hidden="0" name="score_mining" width="-1"/>
      <column type="field" hidden="0" name="score_logging" width="-1"/>
      <column type="field" hidden="0" name="score_slash_burn" width="-1"/>
      <column type="field" hidden="0" name="row" width="-1"/>
      <column type="field" hidden="0" name="col" width="-1"/>
      <column type="field" hidden="0" name="coverage" width="-1"/>
      <column type="field" hidden="0" name="p_clear" width="-1"/>
      <column type="field" hidden="0" name="p_partly_cloudy" width="-1"/>
      <column type="field" hidden="0" name="p_haze" width="-1"/>
      <column type="field" hidden="0" name="p_cloudy" width="-1"/>
      <column type="field" hidden="0" name="p_primary" width="-1"/>
      <column type="field" hidden="0" name="p_agriculture" width="-1"/>
      <column type="field" hidden="0" name="p_road" width="-1"/>
      <column type="field" hidden="0" name="p_water" width="-1"/>
      <column type="field" hidden="0" name="p_cultivation" width="-1"/>
      <column type="field" hidden="0" name="p_habitation" width="-1"/>
      <column type="field" hidden="0" name="p_bare_ground" width="-1"/>
      <column type="field" hidden="0" name="p_artisinal_mine" width="-1"/>
      <column type="field" hidden="0" name="p_selective_logging" width="-1"/>
      <column type="field" hidden="0" name="p_blooming" width="-1"/>
      <column type="field" hidden="0" name="p_slash_burn" width="-1"/>
      <column type="field" hidden="0" name="p_blow_down" width="-1"/>
      <column type="field" hidden="0" name="p_conventional_mine" width="-1"/>
      <column type="field" hidden="0" name="clear" width="-1"/>
      <column type="field" hidden="0" name="partly_cloudy" width="-1"/>
      <column type="field" hidden="0" name="haze" width="-1"/>
      <column type="field" hidden="0" name="cloudy" width="-1"/>
      <column type="field" hidden="0" name="primary" width="-1"/>
      <column type="field" hidden="0" name="agriculture" width="-1"/>
      <column type="field" hidden="0" name="road" width="-1"/>
      <column type="field" hidden="0" name="water" width="-1"/>
      <column type="field" hidden="0" name="cultivation" width="-1"/>
      <column type="field" hidden="0" name="habitation" width="-1"/>
      <column type="field" hidden="0" name="bare_ground" width="-1"/>
      <column type="field" hidden="0" name="artisinal_mine" width="-1"/>
      <column type="field" hidden="0" name="selective_logging" width="-1"/>
      <column type="field" hidden="0" name="blooming" width="-1"/>
      <column type="field" hidden="0" name="slash_burn" width="-1"/>
      <column type="field" hidden="0" name="blow_down" width="-1"/>
      <column type="field" hidden="0" name="conventional_mine" width="-1"/>
      <column type="field" hidden="0" name="model" width="-1"/>
      <column type="field" hidden="1" name="embedding" width="-1"/>
    </columns>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>tablayout</editorlayout>
  <attributeEditorForm>
    <attributeEditorContainer visibilityExpressionEnabled="0" name="Tile" groupBox="1" visibilityExpression="" columnCount="1" showLabel="1">
      <attributeEditorField index="0" name="tags" showLabel="1"/>
      <attributeEditorField index="4" name="flagged" showLabel="1"/>
      <attributeEditorField index="1" name="flag_mining" showLabel="1"/>
      <attributeEditorField index="2" name="flag_logging" showLabel="1"/>
      <attributeEditorField index="3" name="flag_slash_burn" showLabel="1"/>
      <attributeEditorField index="5" name="score_mining" showLabel="1"/>
      <attributeEditorField index="6" name="score_logging" showLabel="1"/>
      <attributeEditorField index="7" name="score_slash_burn" showLabel="1"/>
      <attributeEditorField index="10" name="coverage" showLabel="1"/>
      <attributeEditorField index="8" name="row" showLabel="1"/>
      <attributeEditorField index="9" name="col" showLabel="1"/>
      <attributeEditorField index="45" name="model" showLabel="1"/>
    </attributeEditorContainer>
    <attributeEditorContainer visibilityExpressionEnabled="0" name="Tags and probabilities" groupBox="1" visibilityExpression="" columnCount="2" showLabel="1">
      <attributeEditorField index="28" name="clear" showLabel="1"/>
      <attributeEditorField index="11" name="p_clear" showLabel="1"/>
      <attributeEditorField index="29" name="partly_cloudy" showLabel="1"/>
      <attributeEditorField index="12" name="p_partly_cloudy" showLabel="1"/>
      <attributeEditorField index="30" name="haze" showLabel="1"/>
      <attributeEditorField index="13" name="p_haze" showLabel="1"/>
      <attributeEditorField index="31" name="cloudy" showLabel="1"/>
      <attributeEditorField index="14" name="p_cloudy" showLabel="1"/>
      <attributeEditorField index="32" name="primary" showLabel="1"/>
      <attributeEditorField index="15" name="p_primary" showLabel="1"/>
      <attributeEditorField index="33" name="agriculture" showLabel="1"/>
      <attributeEditorField index="16" name="p_agriculture" showLabel="1"/>
      <attributeEditorField index="34" name="road" showLabel="1"/>
      <attributeEditorField index="17" name="p_road" showLabel="1"/>
      <attributeEditorField index="35" name="water" showLabel="1"/>
      <attributeEditorField index="18" name="p_water" showLabel="1"/>
      <attributeEditorField index="36" name="cultivation" showLabel="1"/>
      <attributeEditorField index="19" name="p_cultivation" showLabel="1"/>
      <attributeEditorField index="37" name="habitation" showLabel="1"/>
      <attributeEditorField index="20" name="p_habitation" showLabel="1"/>
      <attributeEditorField index="38" name="bare_ground" showLabel="1"/>
      <attributeEditorField index="21" name="p_bare_ground" showLabel="1"/>
      <attributeEditorField index="39" name="artisinal_mine" showLabel="1"/>
      <attributeEditorField index="22" name="p_artisinal_mine" showLabel="1"/>
      <attributeEditorField index="40" name="selective_logging" showLabel="1"/>
      <attributeEditorField index="23" name="p_selective_logging" showLabel="1"/>
      <attributeEditorField index="41" name="blooming" showLabel="1"/>
      <attributeEditorField index="24" name="p_blooming" showLabel="1"/>
      <attributeEditorField index="42" name="slash_burn" showLabel="1"/>
      <attributeEditorField index="25" name="p_slash_burn" showLabel="1"/>
      <attributeEditorField index="43" name="blow_down" showLabel="1"/>
      <attributeEditorField index="26" name="p_blow_down" showLabel="1"/>
      <attributeEditorField index="44" name="conventional_mine" showLabel="1"/>
      <attributeEditorField index="27" name="p_conventional_mine" showLabel="1"/>
    </attributeEditorContainer>
  </attributeEditorForm>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression>'Tile ' || "row" || ', ' || "col" || ': ' || "tags"</previewExpression>
  <mapTip>&lt;b>Tile [% "row" %], [% "col" %]&lt;/b> [% if("flagged", '&amp;#9888; flagged', '') %]&lt;br/>Tags: &lt;i>[% "tags" %]&lt;/i>&lt;br/>&lt;table>&lt;tr>&lt;th align="left">Flag&lt;/th>&lt;th>score&lt;/th>&lt;/tr>&lt;tr>&lt;td>[% if("flag_mining", '&lt;b>&amp;#9888; Mining&lt;/b>', 'Mining') %]&lt;/td>&lt;td align="right">[% coalesce(format_number("score_mining", 2), '') %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("flag_logging", '&lt;b>&amp;#9888; Logging&lt;/b>', 'Logging') %]&lt;/td>&lt;td align="right">[% coalesce(format_number("score_logging", 2), '') %]&lt;/td>&lt;/tr>&lt;tr>&lt;td>[% if("flag_slash_burn", '&lt;b>&amp;#9888; Slash-and-burn&lt;/b>', 'Slash-and-burn') %]&lt;/td>&lt;td align="right">[% coalesce(format_number("score_slash_burn", 2), '') %]&lt;/td>&lt;/tr>&lt;/table>&lt;b>Most probable&lt;/b>&lt;br/>[% array_to_string(array_foreach(array_slice(array_sort(array(lpad(to_string(round(coalesce("p_clear", 0) * 100)), 3, '0') || 'Clear', lpad(to_string(round(coalesce("p_partly_cloudy", 0) * 100)), 3, '0') || 'Partly cloudy', lpad(to_string(round(coalesce("p_haze", 0) * 100)), 3, '0') || 'Haze', lpad(to_string(round(coalesce("p_cloudy", 0) * 100)), 3, '0') || 'Cloudy', lpad(to_string(round(coalesce("p_primary", 0) * 100)), 3, '0') || 'Primary', lpad(to_string(round(coalesce("p_agriculture", 0) * 100)), 3, '0') || 'Agriculture', lpad(to_string(round(coalesce("p_road", 0) * 100)), 3, '0') || 'Road', lpad(to_string(round(coalesce("p_water", 0) * 100)), 3, '0') || 'Water', lpad(to_string(round(coalesce("p_cultivation", 0) * 100)), 3, '0') || 'Cultivation', lpad(to_string(round(coalesce("p_habitation", 0) * 100)), 3, '0') || 'Habitation', lpad(to_string(round(coalesce("p_bare_ground", 0) * 100)), 3, '0') || 'Bare ground', lpad(to_string(round(coalesce("p_artisinal_mine", 0) * 100)), 3, '0') || 'Artisanal mine', lpad(to_string(round(coalesce("p_selective_logging", 0) * 100)), 3, '0') || 'Selective logging', lpad(to_string(round(coalesce("p_blooming", 0) * 100)), 3, '0') || 'Blooming', lpad(to_string(round(coalesce("p_slash_burn", 0) * 100)), 3, '0') || 'Slash burn', lpad(to_string(round(coalesce("p_blow_down", 0) * 100)), 3, '0') || 'Blow down', lpad(to_string(round(coalesce("p_conventional_mine", 0) * 100)), 3, '0') || 'Conventional mine'), false), 0, 4), substr(@element, 4) || ' ' || format_number(to_int(left(@element, 3)) / 100, 2)), '&lt;br/>') %]</mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
